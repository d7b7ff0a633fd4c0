// Sending an answer, for both API generations: JSON, JSONP for a v2 GET with ?callback=, or nothing at all
// when the drop-after-write fault hit the request.

import type { Request, Response } from "express";

export const CALLBACK = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;

export function send(
  req: Request,
  res: Response,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  if (res.locals.dropAfterWrite) {
    req.socket.destroy();
    return;
  }
  res.set(headers);
  const callback = req.method === "GET" ? req.query.callback : undefined;
  if (typeof callback === "string" && CALLBACK.test(callback)) {
    res
      .status(status)
      .type("application/javascript")
      .send(`${callback}(${JSON.stringify(body)})`);
    return;
  }
  res.status(status).json(body);
}
