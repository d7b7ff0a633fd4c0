import { inspect } from "node:util";
import { LiveChatClient, LiveChatError, isAmbiguousWrite, isNotFound } from "../../../src/client";
import { TestServer, startServer } from "./test-server";

const shape = (body: unknown, status = 400) =>
  new LiveChatError({ method: "POST", path: "/agents", status, body });

describe("LiveChatError", () => {
  it.each([
    [{ error: "login: must be a correct e-mail address" }, "login: must be a correct e-mail address"],
    [{ error: { type: "validation", message: "Invalid name", data: {} } }, "Invalid name"],
    [{ error: { type: "misdirected_request" } }, "misdirected_request"],
    [{ errors: ["login: must be a correct e-mail address"] }, "login: must be a correct e-mail address"],
    [{ errors: ["a is bad", "b is bad"] }, "a is bad; b is bad"],
    [{ errors: [{ field: "login", message: "is taken" }] }, "login: is taken"],
    [{ errors: [{ login: "must be a correct e-mail address" }] }, "login: must be a correct e-mail address"],
    [{ message: "plain" }, "plain"],
    ["Service down\nfor maintenance", "Service down for maintenance"],
  ])("reads the API message from %j", (body, apiMessage) => {
    const e = shape(body);
    expect(e.apiMessage).toBe(apiMessage);
    expect(e.message).toBe(`LiveChat API POST /agents failed: 400 ${apiMessage}`);
  });

  it("falls back to the status text, and ignores HTML pages", () => {
    const e = new LiveChatError({
      method: "GET",
      path: "/x",
      status: 502,
      statusText: "Bad Gateway",
      body: "<html>",
    });
    expect(e.apiMessage).toBeUndefined();
    expect(e.message).toBe("LiveChat API GET /x failed: 502 Bad Gateway");
  });

  it("describes network failures by code", () => {
    const cause = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    const e = new LiveChatError({ method: "POST", path: "/goals", status: 0, code: "ECONNRESET", cause });
    expect(e.message).toBe("LiveChat API POST /goals failed: ECONNRESET socket hang up");
    expect(e.cause).toBeInstanceOf(Error);
    expect((e.cause as Error).message).toBe("socket hang up");
    expect(isAmbiguousWrite(e)).toBe(true);
  });

  it("is recognised by brand, with a name", () => {
    const e = shape({ error: "x" }, 404);
    expect(LiveChatError.isInstance(e)).toBe(true);
    expect(LiveChatError.isInstance(new Error("x"))).toBe(false);
    expect(LiveChatError.isInstance({ status: 404 })).toBe(false);
    expect(LiveChatError.isInstance(null)).toBe(false);
    expect(String(e)).toMatch(/^LiveChatError: LiveChat API POST \/agents failed: 404/);
    expect(e.stack).toMatch(/^LiveChatError: /);
  });

  it("classifies not-found and ambiguous writes", () => {
    expect(isNotFound(shape({}, 404))).toBe(true);
    expect(isNotFound(shape({}, 400))).toBe(false);
    expect(isNotFound(new Error("404"))).toBe(false);
    expect(isAmbiguousWrite(shape({}, 503))).toBe(true);
    expect(isAmbiguousWrite(shape({}, 429))).toBe(false);
    expect(isAmbiguousWrite(shape({}, 400))).toBe(false);
    expect(isAmbiguousWrite(new LiveChatError({ method: "PUT", path: "/x", status: 503 }))).toBe(false);
    expect(
      isAmbiguousWrite(new LiveChatError({ method: "POST", path: "/x", status: 0, code: "ECONNREFUSED" })),
    ).toBe(false);
  });

  it("never keeps a cause's config or headers", () => {
    const cause = Object.assign(new Error("Request failed"), {
      config: { headers: { Authorization: "Bearer super-secret-token-1234567890" } },
    });
    const e = new LiveChatError({ method: "GET", path: "/x", status: 0, code: "ECONNRESET", cause });
    for (const text of [inspect(e, { depth: Infinity, showHidden: true }), JSON.stringify(e)]) {
      expect(text).not.toContain("super-secret-token");
      expect(text).not.toContain("config");
    }
  });
});

describe("secrets never appear in errors", () => {
  const login = "jane.doe@example.com";
  const pat = "fra:PAT-s3cr3t-0123456789";
  const token = "dal:TOKEN-s3cr3t-abcdefghij";
  const basic = Buffer.from(`${login}:${pat}`).toString("base64");
  let server: TestServer;

  beforeAll(async () => {
    // A careless server that echoes the credentials back in every way it can.
    server = await startServer((app) => {
      app.all("/echo/json", (req, res) => {
        const auth = req.headers.authorization ?? "";
        const decoded = Buffer.from(auth.replace(/^Basic /, ""), "base64").toString();
        res.status(401).json({
          error: { type: "authorization", message: `Rejected ${auth} (${decoded})`, data: { header: auth } },
        });
      });
      app.all("/echo/errors", (req, res) => {
        res
          .status(400)
          .json({ errors: [req.headers.authorization, { [req.headers.authorization!]: "bad" }] });
      });
      app.all("/echo/text", (req, res) => {
        res.status(500).type("text/plain").send(`Authorization: ${req.headers.authorization}`);
      });
    });
  });
  afterAll(() => server.close());

  const credentials = [
    ["PAT", { login, pat }],
    ["token", { token }],
  ] as const;
  const paths = ["/echo/json", "/echo/errors", "/echo/text"];

  describe.each(credentials)("with a %s", (_, creds) => {
    it.each(paths)("%s", async (path) => {
      const client = new LiveChatClient({ apiUrl: server.url, ...creds, retry: { retries: 0 } });
      const err = await client.request("POST", path, { body: {} }).catch((e: unknown) => e);
      expect(LiveChatError.isInstance(err)).toBe(true);
      const e = err as LiveChatError;
      const texts = [
        String(e),
        e.message,
        JSON.stringify(e),
        e.stack ?? "",
        inspect(e, { depth: Infinity, showHidden: true }),
        JSON.stringify(e.body),
        String(e.apiMessage),
      ];
      const secrets = [pat, token, basic, pat.slice(4), token.slice(4), basic.replace(/=+$/, "")];
      for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
      expect(e.message).toContain("[REDACTED]");
    });
  });
});
