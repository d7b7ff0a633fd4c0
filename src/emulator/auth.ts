// Authentication (Basic login:PAT or account_id:PAT, or a Bearer token), the X-API-Version header, and
// data-center routing (X-Region). v2 takes the login (its reference) or the account id (the PAT guide) as
// the Basic user; v3.6 only the account id. Error messages never repeat what the client sent in Authorization.

import { timingSafeEqual } from "crypto";
import type { NextFunction, Request, Response } from "express";
import { ApiError, badRequest, misdirected, unauthorized } from "./errors";

export type Region = "dal" | "fra";

export interface Credentials {
  login: string;
  pat: string;
  tokens: string[];
}

export interface AuthConfig {
  credentials: Credentials;
  /** The owner's account id: the Basic-auth user of the PAT. */
  accountId: string;
  /** The Client ID behind the Bearer tokens (v3.6 uses it where owner_client_id is left out). */
  clientId: string;
  /** Region of credentials without a dal:/fra: (or dal-/fra-) prefix. */
  region: Region;
}

export interface Principal {
  login: string;
  region: Region;
  /** How the caller authenticated: a personal access token, or a Bearer token of `clientId`. */
  via: "pat" | "bearer";
  clientId?: string;
}

const same = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function regionOf(secret: string, fallback: Region): Region {
  const match = /^(dal|fra)[:-]/i.exec(secret);
  return match ? (match[1].toLowerCase() as Region) : fallback;
}

/**
 * Who is calling, or a 401. Bearer tokens act as the licence owner. `accountIdOnly` (v3.6) refuses the
 * login as the Basic user.
 */
export function authenticate(
  header: string | undefined,
  config: AuthConfig,
  accountIdOnly = false,
): Principal {
  const user = accountIdOnly ? "account_id" : "login";
  if (!header)
    throw unauthorized(`Authorization required: use Basic <base64(${user}:PAT)> or Bearer <token>`);
  const [scheme, ...rest] = header.trim().split(/\s+/);
  const value = rest.join(" ");
  const { credentials, region } = config;
  if (/^basic$/i.test(scheme)) {
    const decoded = Buffer.from(value, "base64").toString("utf8");
    const colon = decoded.indexOf(":");
    const name = colon < 0 ? "" : decoded.slice(0, colon);
    const pat = colon < 0 ? "" : decoded.slice(colon + 1);
    const known =
      name.toLowerCase() === config.accountId.toLowerCase() ||
      (!accountIdOnly && name.toLowerCase() === credentials.login.toLowerCase());
    if (known && same(pat, credentials.pat)) {
      return { login: credentials.login, region: regionOf(pat, region), via: "pat" };
    }
    throw unauthorized(`Invalid ${accountIdOnly ? "account id" : "login"} or personal access token`);
  }
  if (/^bearer$/i.test(scheme)) {
    const token = credentials.tokens.find((t) => same(t, value));
    if (token) {
      return {
        login: credentials.login,
        region: regionOf(token, region),
        via: "bearer",
        clientId: config.clientId,
      };
    }
    throw unauthorized("Invalid access token");
  }
  throw unauthorized("Unsupported authorization scheme: use Basic or Bearer");
}

export function checkApiVersion(value: string | undefined): void {
  if (value === undefined || value.trim() === "") {
    throw badRequest(
      'Missing required header "X-API-Version" (this API is version 2: send X-API-Version: 2)',
    );
  }
  if (value.trim() !== "2")
    throw badRequest('Unsupported "X-API-Version": this emulator implements version 2');
}

export function checkRegion(requested: string | undefined, principal: Principal): void {
  const region = (requested ?? "dal").trim().toLowerCase() || "dal";
  if (region !== principal.region) throw misdirected(principal.region);
}

/** Express middleware: sets res.locals.login or fails with 401, 421 or 400 (in that order). */
export function apiGate(config: AuthConfig) {
  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      const principal = authenticate(req.get("authorization"), config);
      checkRegion(req.get("x-region"), principal);
      checkApiVersion(req.get("x-api-version"));
      res.locals.login = principal.login;
      next();
    } catch (err) {
      next(err instanceof ApiError ? err : unauthorized("Unauthorized"));
    }
  };
}
