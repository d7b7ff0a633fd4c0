// API lifecycle headers (api-versioning.mdx): a legacy API generation answers with `Legacy: YYYY-MM-DD`, a
// deprecated one with `Deprecation: YYYY-MM-DD`, the day that stage ends. Off by default; set per generation
// by the emulator option `stages` and by PUT /_emulator/stages, so a client's warning can be tested.

import type { NextFunction, Request, Response } from "express";
import { badRequest } from "./errors";
import { isPlainObject } from "./validate";

/** The API generations the emulator serves: v2 (paths like /agents) and v3.6 (/v3.6/configuration/...). */
export const GENERATIONS = ["2", "3.6"] as const;
export type Generation = (typeof GENERATIONS)[number];

export interface StageHeader {
  stage: "legacy" | "deprecated";
  /** YYYY-MM-DD: when the stage ends. */
  until: string;
}
export type ApiStages = Partial<Record<Generation, StageHeader>>;

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const HEADER = { legacy: "Legacy", deprecated: "Deprecation" } as const;

/** The generation a request path belongs to; undefined for other versions (/v3.5/...). */
export function generationOf(path: string): Generation | undefined {
  if (path.startsWith("/v3.6/")) return "3.6";
  return /^\/v\d/.test(path) ? undefined : "2";
}

/** Validates `{"2": {stage, until}, "3.6": {...}}`. */
export function parseStages(body: unknown): ApiStages {
  if (!isPlainObject(body))
    throw badRequest('The stages must be a JSON object keyed by API version ("2", "3.6")');
  const stages: ApiStages = {};
  for (const [key, value] of Object.entries(body)) {
    if (!(GENERATIONS as readonly string[]).includes(key)) {
      throw badRequest(`Unknown API version "${key}" (allowed: ${GENERATIONS.join(", ")})`);
    }
    if (value === null) continue;
    const where = `stages["${key}"]`;
    if (!isPlainObject(value) || (value.stage !== "legacy" && value.stage !== "deprecated")) {
      throw badRequest(`Invalid ${where}: must be {"stage": "legacy" | "deprecated", "until": "YYYY-MM-DD"}`);
    }
    if (typeof value.until !== "string" || !DATE.test(value.until)) {
      throw badRequest(`Invalid ${where}.until: must be a date YYYY-MM-DD`);
    }
    stages[key as Generation] = { stage: value.stage, until: value.until };
  }
  return stages;
}

export class StageHeaders {
  private stages: ApiStages;

  constructor(private readonly initial: ApiStages = {}) {
    this.stages = structuredClone(initial);
  }

  get(): ApiStages {
    return structuredClone(this.stages);
  }

  set(stages: ApiStages): ApiStages {
    this.stages = structuredClone(stages);
    return this.get();
  }

  /** Back to the emulator's option. */
  reset(): void {
    this.set(this.initial);
  }

  /** Sets the header on every answer of a generation that has a stage, errors and injected faults included. */
  middleware() {
    return (req: Request, res: Response, next: NextFunction): void => {
      const generation = generationOf(req.path);
      const stage = generation && this.stages[generation];
      if (stage) res.set(HEADER[stage.stage], stage.until);
      next();
    };
  }
}
