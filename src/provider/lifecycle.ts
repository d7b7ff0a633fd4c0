import type * as pulumi from "@pulumi/pulumi";
import { isNotFound, isUnauthorized } from "../client";
import { release } from "./claims";
import { isUnknown, sameValue, toWireBody } from "./fields";
import { outputsOf } from "./outputs";
import { validateInputs } from "./validate";
import { configurationProblem, currentContext } from "./runtime";
import { secretNames } from "./declaration";
import type { Context, Props, ResourceDeclaration, WireObject } from "./declaration";

/** check: the inputs' own validation, then whether the provider is configured. Makes no API call. */
export function check(declaration: ResourceDeclaration, news: Props): pulumi.dynamic.CheckResult {
  const result = validateInputs(declaration, news);
  // The engine prints a failure's property value beside its reason, secrets in plain text: name the property
  // only when its value is fit to print (the reason names the field either way).
  result.failures = result.failures.map((f) =>
    f.property && !printable(declaration, f.property, news[f.property])
      ? { property: "", reason: f.reason }
      : f,
  );
  const problem = configurationProblem();
  if (problem) result.failures.push({ property: "", reason: problem });
  return result;
}

/** Values longer than this are never printed beside a failure: the engine would print them whole, twice. */
const ECHO_LIMIT = 1024;

/** Not a secret, not huge, and no credentials in a URL (user:pass@). */
function printable(declaration: ResourceDeclaration, name: string, value: unknown): boolean {
  if (secretNames(declaration).includes(name)) return false;
  const text = JSON.stringify(value) ?? "";
  return text.length <= ECHO_LIMIT && !/[a-z][a-z0-9+.-]*:\/\/[^/?#\s"]*@/i.test(text);
}

/** The fields whose desired value differs from the account's (old outputs), and those that force replacement. */
export function changedFields(
  declaration: ResourceDeclaration,
  olds: Props,
  news: Props,
): { changed: string[]; replace: string[] } {
  const changed: string[] = [];
  for (const [name, field] of Object.entries(declaration.fields)) {
    const desired = news[name];
    // Not managed, or set only at creation (a difference is a warning: fixedDifferences).
    if (desired === undefined || field.fixedAtCreation === true) continue;
    const actual =
      field.comparedPart && !isUnknown(desired) ? field.comparedPart(olds[name], desired) : olds[name];
    if (isUnknown(desired) || !sameValue(field, desired, actual)) changed.push(name);
  }
  const replace = changed.filter((name) => {
    const rule = declaration.fields[name].replace;
    return typeof rule === "function" ? isUnknown(news[name]) || rule(news[name], olds[name]) : rule === true;
  });
  return { changed, replace };
}

/** Warnings for what differs where the API sets a value only at creation (a field is never replaced for it). */
export function fixedDifferences(
  declaration: ResourceDeclaration,
  id: string,
  olds: Props,
  news: Props,
): string[] {
  return Object.entries(declaration.fields).flatMap(([name, field]) => {
    const desired = news[name];
    const actual = olds[name];
    if (desired === undefined || isUnknown(desired)) return [];
    // The parts that differ; "" is the whole value, for a field set only at creation.
    const fixed = field.fixedAtCreation;
    const parts =
      fixed === true
        ? actual !== undefined && !sameValue(field, desired, actual)
          ? [""]
          : []
        : (fixed?.(desired, actual) ?? []);
    return parts.map(
      (part) =>
        `${declaration.type} ${id}: ${part ? `${name}.${part}` : name} is ${JSON.stringify(getPart(actual, part))} ` +
        `in the account and ${JSON.stringify(getPart(desired, part))} in the program. The LiveChat API sets it only when ` +
        `the ${declaration.type.toLowerCase()} is created, so it is left as it is: change it in the LiveChat app, or ` +
        `set it to the account's value in the program.`,
    );
  });
}

const getPart = (value: unknown, part: string) => (part ? (value as Props | undefined)?.[part] : value);

/** What a person should know about a planned diff: values the API cannot change, and replacements. */
export function diffWarnings(
  declaration: ResourceDeclaration,
  id: string,
  olds: Props,
  news: Props,
): string[] {
  const { replace } = changedFields(declaration, olds, news);
  const warnings = fixedDifferences(declaration, id, olds, news);
  if (replace.length > 0) {
    const cost = declaration.replacementCost ? ` (${declaration.replacementCost})` : "";
    warnings.push(
      `${declaration.type} ${id} will be replaced: ${replace.join(", ")} cannot change in place, so it is deleted ` +
        `and made again with a new id${cost}. Keep the old value to leave it alone.`,
    );
  }
  return warnings;
}

export function diff(declaration: ResourceDeclaration, olds: Props, news: Props): pulumi.dynamic.DiffResult {
  const { changed, replace } = changedFields(declaration, olds, news);
  // Keep the natural key unique in the account: when it stays the same, the old object must go first.
  const keyKept = declaration.keyFields.every((k) => !changed.includes(k));
  return {
    changes: changed.length > 0,
    replaces: replace,
    deleteBeforeReplace: replace.length > 0 && keyKept,
  };
}

export async function read(
  declaration: ResourceDeclaration,
  id: string,
  props: Props,
): Promise<pulumi.dynamic.ReadResult> {
  const object = await declaration.api.read(currentContext(), id, props).catch((e) => {
    throw isUnauthorized(e) ? new Error(`${e.message}. ${REFRESH_AFTER_ROTATION}`) : e;
  });
  // An object deleted outside Pulumi is gone, not an error: an empty id tells the engine so.
  if (!object) return { id: "", props: {} };
  return { id, props: outputsOf(declaration, object, props) };
}

export async function update(
  declaration: ResourceDeclaration,
  id: string,
  olds: Props,
  news: Props,
): Promise<pulumi.dynamic.UpdateResult> {
  const ctx = currentContext();
  const { changed } = changedFields(declaration, olds, news);
  const object = changed.length
    ? await updateFields(declaration, ctx, id, changed, news, olds)
    : await declaration.api.read(ctx, id, olds);
  if (!object)
    throw new Error(`${declaration.type} ${id} no longer exists in the account; run pulumi refresh`);
  return { outs: outputsOf(declaration, object, news) };
}

/** Sends the given fields of the desired inputs as one update; returns the server's object. */
export function updateFields(
  declaration: ResourceDeclaration,
  ctx: Context,
  id: string,
  fields: string[],
  desired: Props,
  actual: Props,
): Promise<WireObject> {
  return declaration.api.update(ctx, id, toWireBody(declaration.fields, desired, fields), desired, actual);
}

export async function remove(declaration: ResourceDeclaration, id: string, props: Props): Promise<void> {
  try {
    await declaration.api.remove(currentContext(), id, props);
  } catch (e) {
    if (!isNotFound(e)) throw e; // already gone is what delete wants
  }
  release(declaration, id);
}

const REFRESH_AFTER_ROTATION =
  "A refresh uses the credentials saved in the stack by its last update: after rotating livechat:pat or " +
  "livechat:token, run a plain `pulumi up` once (without --refresh), then refresh again";
