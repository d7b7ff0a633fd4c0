// A throwaway express server on 127.0.0.1, port 0, for one test suite.
import express, { Express } from "express";
import { AddressInfo } from "node:net";
import { Server } from "node:http";

/** A request as the server saw it. */
export interface Seen {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  at: number;
}

export interface TestServer {
  /** Base URL, e.g. http://127.0.0.1:43121 */
  url: string;
  /** Every request received, in order. */
  seen: Seen[];
  app: Express;
  close(): Promise<void>;
}

/** Starts a server; `routes` adds handlers after the body parser and the request log. */
export async function startServer(routes: (app: Express) => void): Promise<TestServer> {
  const app = express();
  const seen: Seen[] = [];
  app.use(express.json());
  app.use((req, _res, next) => {
    seen.push({
      method: req.method,
      url: req.originalUrl,
      headers: req.headers,
      body: req.body,
      at: Date.now(),
    });
    next();
  });
  routes(app);
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    seen,
    app,
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Keep-alive sockets would otherwise hold jest open.
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** A URL on which nothing listens (a port just released). */
export async function refusedUrl(): Promise<string> {
  const server = await startServer(() => undefined);
  await server.close();
  return server.url;
}
