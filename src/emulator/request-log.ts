// The log of API calls behind GET /_emulator/requests. Connections closed without an answer
// (injected resets and drops) are recorded with status 0. Nothing from the headers is kept.

import { performance } from "perf_hooks";
import type { NextFunction, Request, Response } from "express";

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  /** Time from arrival to the end of the answer (or of the connection), in milliseconds. */
  ms: number;
  /** Arrival time, ISO 8601. */
  time: string;
}

const MAX_ENTRIES = 10_000;

export class RequestLog {
  private entries: RequestRecord[] = [];

  constructor(private readonly onRecord?: (record: RequestRecord) => void) {}

  list(): RequestRecord[] {
    return this.entries.map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries = [];
  }

  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const started = performance.now();
      const time = new Date().toISOString();
      const path = req.originalUrl.split("?")[0];
      res.on("close", () => {
        const record: RequestRecord = {
          method: req.method,
          path,
          status: res.headersSent ? res.statusCode : 0,
          ms: Math.round((performance.now() - started) * 100) / 100,
          time,
        };
        this.entries.push(record);
        if (this.entries.length > MAX_ENTRIES) this.entries.splice(0, this.entries.length - MAX_ENTRIES);
        this.onRecord?.(record);
      });
      next();
    };
  }
}
