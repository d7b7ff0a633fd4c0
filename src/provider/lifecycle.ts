import type * as pulumi from "@pulumi/pulumi";
import { isAmbiguousWrite, isNotFound } from "../client";
import { isUnknown, readField, sameValue, toWireBody } from "./fields";
import { configurationProblem, currentContext } from "./runtime";
import type { Context, Props, ResourceSpec, WireObject } from "./spec";

type CheckFailure = pulumi.dynamic.CheckFailure;

/** Keys that belong to Pulumi or to the lifecycle, not to the resource's fields. */
const RESERVED = new Set(["__provider", "adopt"]);
/** How many times a create is sent when the server's answer is lost (after looking the object up). */
const CREATE_ATTEMPTS = 3;

/** check: the inputs' own validation, then whether the provider is configured. Makes no API call. */
export function check(spec: ResourceSpec, news: Props): pulumi.dynamic.CheckResult {
  const result = validateInputs(spec, news);
  // The engine prints a failure's property value beside its reason, secrets in plain text: name the property
  // only when its value is fit to print (the reason names the field either way).
  result.failures = result.failures.map((f) =>
    f.property && !printable(spec, f.property, news[f.property]) ? { property: "", reason: f.reason } : f,
  );
  const problem = configurationProblem();
  if (problem) result.failures.push({ property: "", reason: problem });
  return result;
}

/** Not a secret, not huge (over 1 kB), and no credentials in a URL (user:pass@). */
function printable(spec: ResourceSpec, name: string, value: unknown): boolean {
  if (spec.secretOutputs?.includes(name)) return false;
  const text = JSON.stringify(value) ?? "";
  return text.length <= 1000 && !/[a-z][a-z0-9+.-]*:\/\/[^/?#\s"]*@/i.test(text);
}

/** Defaults, then validation of each field and across fields; pure, so the account spec loader uses it too. */
export function validateInputs(spec: ResourceSpec, news: Props): { inputs: Props; failures: CheckFailure[] } {
  const inputs: Props = {};
  const failures: CheckFailure[] = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    let value: unknown = news[name] ?? undefined;
    if (value === undefined && field.default !== undefined) value = structuredClone(field.default);
    if (value === undefined) {
      if (field.required) failures.push({ property: "", reason: `${spec.type}: ${name} is required` });
      continue;
    }
    const reason = isUnknown(value) ? undefined : field.validate?.(value, news);
    if (reason) failures.push({ property: name, reason: `${spec.type}: ${name} ${reason}` });
    inputs[name] = value;
  }
  for (const key of Object.keys(news)) {
    if (!RESERVED.has(key) && !(key in spec.fields) && news[key] !== undefined) {
      const known = Object.keys(spec.fields).join(", ");
      failures.push({ property: "", reason: `${spec.type}: unknown field ${key}; the fields are ${known}` });
    }
  }
  if (news.adopt !== undefined && typeof news.adopt !== "boolean" && !isUnknown(news.adopt)) {
    failures.push({ property: "adopt", reason: `${spec.type}: adopt must be true or false` });
  }
  if (failures.length === 0) {
    spec.complete?.(inputs);
    for (const f of spec.validate?.(inputs) ?? []) {
      failures.push({ property: f.property, reason: `${spec.type}: ${f.property} ${f.reason}` });
    }
  }
  if (news.adopt !== undefined) inputs.adopt = news.adopt;
  return { inputs, failures };
}

/** The fields whose desired value differs from the account's (old outputs), and those that force replacement. */
export function changedFields(
  spec: ResourceSpec,
  olds: Props,
  news: Props,
): { changed: string[]; replace: string[] } {
  const changed: string[] = [];
  for (const [name, field] of Object.entries(spec.fields)) {
    const desired = news[name];
    if (desired === undefined) continue; // not managed
    const actual =
      field.managedPart && !isUnknown(desired) ? field.managedPart(olds[name], desired) : olds[name];
    if (isUnknown(desired) || !sameValue(field, desired, actual)) changed.push(name);
  }
  const replace = changed.filter((name) => {
    const rule = spec.fields[name].replace;
    return typeof rule === "function" ? isUnknown(news[name]) || rule(news[name], olds[name]) : rule === true;
  });
  return { changed, replace };
}

export function diff(spec: ResourceSpec, olds: Props, news: Props): pulumi.dynamic.DiffResult {
  const { changed, replace } = changedFields(spec, olds, news);
  // Keep the natural key unique in the account: when it stays the same, the old object must go first.
  const keyKept = spec.keyFields.every((k) => !changed.includes(k));
  return {
    changes: changed.length > 0,
    replaces: replace,
    deleteBeforeReplace: replace.length > 0 && keyKept,
  };
}

/** The outputs for a server object: the fields as the server reports them, write-only ones as last applied. */
export function outputsOf(spec: ResourceSpec, object: WireObject, applied: Props): Props {
  const outs: Props = {};
  for (const [name, field] of Object.entries(spec.fields)) {
    const value = field.writeOnly ? applied[name] : readField(name, field, object);
    if (value !== undefined && value !== null) outs[name] = value;
  }
  Object.assign(outs, spec.computed?.(object));
  if (applied.adopt !== undefined) outs.adopt = applied.adopt;
  return outs;
}

export async function create(spec: ResourceSpec, inputs: Props): Promise<pulumi.dynamic.CreateResult> {
  const ctx = currentContext();
  const existing = await spec.api.find(ctx, inputs);
  if (existing) {
    if (inputs.adopt !== true) {
      throw new Error(
        `${spec.type} with this ${spec.naturalKey} already exists in the account (id ${spec.idOf(existing)}). ` +
          `Set adopt: true to take it over, or change the ${spec.naturalKey}.`,
      );
    }
    return adopt(spec, ctx, existing, inputs);
  }
  const object = await createOnce(spec, ctx, inputs);
  return { id: spec.idOf(object), outs: outputsOf(spec, object, inputs) };
}

/**
 * Sends the create; when the answer is lost (a reset after the server may have written), looks the object up
 * by its natural key before sending again, so a lost answer never makes a duplicate.
 */
async function createOnce(spec: ResourceSpec, ctx: Context, inputs: Props): Promise<WireObject> {
  const body = toWireBody(spec.fields, inputs);
  for (let attempt = 1; ; attempt++) {
    try {
      return await spec.api.create(ctx, body, inputs);
    } catch (e) {
      if (!isAmbiguousWrite(e)) throw e;
      // Look even after the last attempt: an object the server made must never be left outside the state.
      ctx.lists.invalidate(spec.type);
      const found = await spec.api.find(ctx, inputs);
      if (found) return (await spec.api.read(ctx, spec.idOf(found), inputs)) ?? found;
      if (attempt >= CREATE_ATTEMPTS) throw e;
    }
  }
}

/** Takes over an existing object and brings it to the desired state. */
async function adopt(
  spec: ResourceSpec,
  ctx: Context,
  found: WireObject,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const id = spec.idOf(found);
  const current = (await spec.api.read(ctx, id, inputs)) ?? found;
  const actual = outputsOf(spec, current, {});
  const { changed, replace } = changedFields(spec, actual, inputs);
  const blocking = replace.filter((name) => !spec.fields[name].writeOnly);
  if (blocking.length > 0) {
    throw new Error(
      `${spec.type} ${id} cannot be adopted: ${blocking.join(", ")} differ(s) from the account and the API ` +
        `cannot change it in place. Make the program match the account, or delete the object first.`,
    );
  }
  const object = changed.length
    ? await spec.api.update(ctx, id, toWireBody(spec.fields, inputs, changed), inputs, actual)
    : current;
  return { id, outs: outputsOf(spec, object, inputs) };
}

export async function read(spec: ResourceSpec, id: string, props: Props): Promise<pulumi.dynamic.ReadResult> {
  const object = await spec.api.read(currentContext(), id, props);
  // An object deleted outside Pulumi is gone, not an error: an empty id tells the engine so.
  if (!object) return { id: "", props: {} };
  return { id, props: outputsOf(spec, object, props) };
}

export async function update(
  spec: ResourceSpec,
  id: string,
  olds: Props,
  news: Props,
): Promise<pulumi.dynamic.UpdateResult> {
  const ctx = currentContext();
  const { changed } = changedFields(spec, olds, news);
  const object = changed.length
    ? await spec.api.update(ctx, id, toWireBody(spec.fields, news, changed), news, olds)
    : await spec.api.read(ctx, id, olds);
  if (!object) throw new Error(`${spec.type} ${id} no longer exists in the account; run pulumi refresh`);
  return { outs: outputsOf(spec, object, news) };
}

export async function remove(spec: ResourceSpec, id: string, props: Props): Promise<void> {
  try {
    await spec.api.remove(currentContext(), id, props);
  } catch (e) {
    if (!isNotFound(e)) throw e; // already gone is what delete wants
  }
}
