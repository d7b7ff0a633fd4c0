// Field-level drift from the engine events of `preview --refresh`. The Node dynamic provider host drops
// detailedDiff, so the engine only says which resources change; the fields are found here with the
// provider's own comparison (changedFields), on the same values the engine compared.
import type { EngineEvent, OpType, StepEventMetadata } from "@pulumi/pulumi/automation";
import { isUnknown } from "../provider/fields";
import { changedFields } from "../provider/lifecycle";
import type { Props } from "../provider/declaration";
import { registry } from "../resources/registry";
import { SECTIONS } from "../account/types";
import type { Change, FieldDrift, ResourceDrift } from "./report";
import { maskSecrets, reportValue, SECRET } from "./values";

/** `pulumi-nodejs:dynamic/livechat:Agent`, `pulumi-nodejs:dynamic/livechat/v36:Agent`. */
const TYPE_TOKEN = /^pulumi-nodejs:dynamic\/livechat(?:\/(\w+))?:(\w+)$/;

/** The registry key of a LiveChat type token (`Agent`, `v36/Agent`), or undefined for another type. */
export function registryKeyOf(token: string | undefined): string | undefined {
  const m = token ? TYPE_TOKEN.exec(token) : null;
  return m ? (m[1] ? `${m[1]}/${m[2]}` : m[2]) : undefined;
}

/** A type as people write it: `Agent`, `v36.Agent`. */
const typeWords = (key: string) => key.replace("/", ".");

const TYPE_ORDER: string[] = [...SECTIONS.map(([, type]) => type), ...Object.keys(registry)];

/** Which step wins when the engine plans several for one resource (a replacement plans three). */
const RANK: Partial<Record<OpType, number>> = { same: 0, delete: 1, create: 2, update: 3, replace: 4 };

export interface EventDrift {
  resources: ResourceDrift[];
  /** How many LiveChat resources the preview looked at. */
  checked: number;
}

export function driftFromEvents(events: EngineEvent[]): EventDrift {
  // Refresh results: the account's outputs, or null for an object that is gone from the account.
  const refreshed = new Map<string, Props | null>();
  const steps = new Map<string, StepEventMetadata>();
  for (const event of events) {
    const done = event.resOutputsEvent?.metadata;
    if (done?.op === "refresh" && registryKeyOf(done.type))
      refreshed.set(done.urn, done.new ? done.new.outputs : null);
    const step = event.resourcePreEvent?.metadata;
    if (!step || !registryKeyOf(step.type) || RANK[step.op] === undefined) continue;
    const before = steps.get(step.urn);
    if (!before || RANK[step.op]! > RANK[before.op]!) steps.set(step.urn, step);
  }

  const resources: ResourceDrift[] = [];
  for (const step of steps.values()) {
    const change = changeOf(step, refreshed);
    if (!change) continue;
    const key = registryKeyOf(step.type)!;
    const fields =
      change === "update" || change === "replace"
        ? fieldDrift(key, step.old?.outputs ?? {}, step.new?.inputs ?? {})
        : [];
    if (!fields) continue;
    resources.push(resourceDrift(key, step.urn, change, fields));
  }
  return {
    resources: inReportOrder(resources),
    checked: new Set([...steps.keys(), ...refreshed.keys()]).size,
  };
}

/** One resource's line of the report. */
export const resourceDrift = (
  key: string,
  urn: string,
  change: Change,
  fields: FieldDrift[],
): ResourceDrift => ({
  type: typeWords(key),
  name: urn.split("::").pop()!,
  urn,
  change,
  fields,
});

/** The report's order: types as the spec's sections come (dependency order), then names. */
export const inReportOrder = (resources: ResourceDrift[]): ResourceDrift[] =>
  [...resources].sort(
    (a, b) =>
      TYPE_ORDER.indexOf(a.type.replace(".", "/")) - TYPE_ORDER.indexOf(b.type.replace(".", "/")) ||
      a.name.localeCompare(b.name),
  );

function changeOf(step: StepEventMetadata, refreshed: Map<string, Props | null>): Change | undefined {
  switch (step.op) {
    case "update":
    case "replace":
      return step.op;
    // A create of a resource the stack held before the refresh: the object was deleted in the account.
    case "create":
      return refreshed.get(step.urn) === null ? "deleted" : "added";
    case "delete":
      return "removed";
    default:
      return undefined;
  }
}

/**
 * The fields that differ: desired inputs (new) against the account's values, the refreshed outputs (old), as the
 * provider's diff compares them; secrets masked first, so they only ever show as differing. Undefined when the
 * only differences are values not known before apply: those come from another resource that is changing (a
 * group's id while the group is updated), which the report shows on its own. The preview path and the state
 * path (state-drift.ts) both report through here.
 */
export function fieldDrift(type: string, outputs: Props, inputs: Props): FieldDrift[] | undefined {
  const declaration = registry[type];
  const olds = maskSecrets(outputs) as Props;
  const news = maskSecrets(inputs) as Props;
  if (!declaration) return [];
  const { changed } = changedFields(declaration, olds, news);
  const known = changed.filter((field) => !isUnknown(news[field]));
  if (known.length) {
    return known.map((field) => ({
      field,
      code: reportValue(news[field]),
      account: reportValue(olds[field]),
    }));
  }
  if (changed.length) return undefined;
  // The engine saw a difference the masked values hide: only a secret can differ then.
  return Object.keys(declaration.fields)
    .filter((field) => news[field] === SECRET)
    .map((field) => ({ field, code: SECRET, account: olds[field] === undefined ? null : SECRET }));
}
