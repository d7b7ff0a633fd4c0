// The control plane under /_emulator: no authentication, no API version, never logged or faulted.
//   POST /reset              back to a fresh licence (state, faults and request log)
//   POST /seed               add objects (wire format, keyed by type); answers the new state
//   GET  /state              the whole state in wire format, keyed by type
//   GET|DELETE /requests     the API request log / clear it
//   GET|PUT|DELETE /faults   show / replace / clear the fault configuration
//   GET|PUT|DELETE /stages   show / replace / clear the Legacy/Deprecation headers per API generation
//   GET  /account            licence, region, owner login, account id and Bearer Client ID (no secrets)
//   GET  /health             liveness

import express, { type NextFunction, type Request, type Response, type Router } from "express";
import type { AppDeps } from "./app";
import { notFound, toApiError } from "./errors";
import { parseFaults } from "./faults";
import { parseStages } from "./stages";

export function controlRouter(deps: AppDeps): Router {
  const { store, faults, log, stages, auth } = deps;
  const router = express.Router();
  router.use(express.json({ limit: "10mb" }));

  router.get("/health", (_req, res) => {
    res.json({ ok: true });
  });
  router.post("/reset", (_req, res) => {
    store.reset();
    faults.clear();
    log.clear();
    stages.reset();
    res.json({ ok: true });
  });
  router.post("/seed", (req, res) => {
    store.seed(req.body ?? {});
    res.json(store.snapshot());
  });
  router.get("/state", (_req, res) => {
    res.json(store.snapshot());
  });
  router.get("/requests", (_req, res) => {
    res.json(log.list());
  });
  router.delete("/requests", (_req, res) => {
    log.clear();
    res.json({ ok: true });
  });
  router.get("/faults", (_req, res) => {
    res.json(faults.get());
  });
  router.put("/faults", (req, res) => {
    res.json(faults.set(parseFaults(req.body)));
  });
  router.delete("/faults", (_req, res) => {
    faults.clear();
    res.json({ ok: true });
  });
  router.get("/stages", (_req, res) => {
    res.json(stages.get());
  });
  router.put("/stages", (req, res) => {
    res.json(stages.set(parseStages(req.body)));
  });
  router.delete("/stages", (_req, res) => {
    stages.set({});
    res.json({ ok: true });
  });
  router.get("/account", (_req, res) => {
    res.json({
      licence: store.account.licence,
      region: auth.region,
      login: auth.credentials.login,
      account_id: auth.accountId,
      client_id: auth.clientId,
    });
  });
  router.use((req, _res, next) =>
    next(notFound(`Unknown control-plane call ${req.method} /_emulator${req.path}`)),
  );
  router.use((err: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const error = toApiError(err);
    if (error.status >= 500) deps.onError?.(err);
    res.status(error.status).json(error.toBody());
  });
  return router;
}
