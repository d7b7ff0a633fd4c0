// What license and group property values share: the fields, the value's kinds, and the checks against the
// property's configuration. A property is registered by its owner (a Client ID, whose id is the namespace)
// with a type (int, bool, string, tokenized_string) and the locations it may be set in; these resources set
// only values. Its declared type is known here only when these credentials may read the namespace's
// configurations (list_properties, the owner's): then a wrong value is refused before anything is written;
// otherwise the API's refusal is explained the same way.
import * as z from "zod";
import { LiveChatError } from "../../client/errors";
import type { Context, Field, Props } from "../../provider/declaration";
import type { TypeLists } from "../../provider/list-cache";
import { explained, MAX, problemOf, textOf } from "../../provider/schema";

export type Location = "license" | "group";

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** One name of the API's: no spaces, no control characters; `:` is kept for the resource's id. */
const NAME = /^[^\s:\p{Cc}]+$/u;
const longText = textOf({ max: MAX.text, multiline: true });

const nameOf = (what: string, example: string) =>
  explained(z.string().regex(NAME).meta({ minLength: 1, maxLength: MAX.line }), (v) => {
    if (typeof v !== "string" || v === "") return `must be ${what}, like ${example}`;
    if (!NAME.test(v)) return `must be ${what} without spaces, colons or control characters, like ${example}`;
    if ([...v].length > MAX.line) return `must be at most ${MAX.line} characters long`;
    return undefined;
  });

export const namespace: Field = {
  doc:
    "The property's namespace: the Client ID of the integration that owns it (or a built-in namespace such as " +
    "`core` or `chats`). Changing it replaces the value (it is another property).",
  schema: nameOf("a namespace (a Client ID)", "0805e283233042b37f460ed8fbf22160"),
  required: true,
  replace: true,
};

export const name: Field = {
  doc: "The property's name, as registered in its namespace. Changing it replaces the value.",
  schema: nameOf("a property name", "string_property"),
  required: true,
  replace: true,
};

export const value: Field = {
  doc:
    "The value, of the property's declared type: text for `string` and `tokenized_string`, a whole number " +
    "(32-bit) for `int`, true or false for `bool`; within the property's domain or range, if it has one.",
  // Text as longText's shape, so the JSON Schema says its rules too.
  schema: explained(z.union([longText.out, z.int().min(INT32.min).max(INT32.max), z.boolean()]), (v) => {
    if (typeof v === "boolean") return undefined;
    if (typeof v === "number")
      return Number.isInteger(v) && v >= INT32.min && v <= INT32.max
        ? undefined
        : `must be a whole number from ${INT32.min} to ${INT32.max} when it is a number (int properties are 32-bit)`;
    if (typeof v === "string") return problemOf(longText, v);
    return "must be text, a whole number or true or false, as the property's type (string, int, bool) requires";
  }),
  required: true,
};

/** A property as list_properties describes it. */
interface Config {
  type?: string;
  access?: Record<string, unknown>;
  domain?: unknown[];
  range?: { from?: number; to?: number };
}

const KINDS: Record<string, [(v: unknown) => boolean, string]> = {
  int: [Number.isInteger, "a whole number"],
  bool: [(v) => typeof v === "boolean", "true or false"],
  string: [(v) => typeof v === "string", "text"],
  tokenized_string: [(v) => typeof v === "string", "text"],
};

/**
 * The namespace's property configurations by name, when these credentials may read them (they are the
 * owner's); empty when not. Read once per run, among the lists of the type that reads them.
 */
const configsOf = (ctx: Context, lists: TypeLists, ns: string) =>
  lists.get(async () => {
    const answer = await ctx.client
      .action<Record<string, Config>>("list_properties", { owner_client_id: ns })
      .catch(() => ({}));
    return Object.entries(answer ?? {}).map(([n, c]) => ({ name: n, ...c }));
  }, `configs:${ns}`);

/** Why the property's configuration refuses the value in this location, when it is known. */
function problemWith(config: Config, location: Location, v: unknown): string | undefined {
  if (config.access && !config.access[location])
    return `cannot be set in a ${location}: its owner registered it without the ${location} location in its access`;
  const kind = config.type && KINDS[config.type];
  if (kind && !kind[0](v)) return `value must be ${kind[1]}: the property's declared type is ${config.type}`;
  if (config.domain && !config.domain.includes(v))
    return `value must be one of the property's domain: ${config.domain.map((d) => JSON.stringify(d)).join(", ")}`;
  const { from, to } = config.range ?? {};
  if (typeof v === "number" && ((from !== undefined && v < from) || (to !== undefined && v > to)))
    return `value must be within the property's range, ${from ?? "any"} to ${to ?? "any"}`;
  return undefined;
}

/** Refuses a value its property's known configuration would refuse, before anything is written. */
export async function checkValue(
  ctx: Context,
  lists: TypeLists,
  who: string,
  location: Location,
  inputs: Props,
): Promise<void> {
  const configs = await configsOf(ctx, lists, String(inputs.namespace));
  const config = configs.find((c) => c.name === inputs.name);
  const why = config && problemWith(config as Config, location, inputs.value);
  if (why) throw new Error(`${who}: ${why}.`);
}

/**
 * Runs a write of a value, saying what a refusal means: an unknown property is registered by its owner, a
 * refused value must fit the property's type. Lost answers and server errors are passed on as they are.
 */
export async function writing<T>(who: string, location: Location, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    if (!LiveChatError.isInstance(e) || e.status < 400 || e.status >= 500) throw e;
    if (e.apiType === "not_found")
      throw new Error(
        `${who}: the property does not exist (${e.apiMessage ?? e.message}). Its owner registers it ` +
          `(register_property, by the Client ID that is its namespace) with the ${location} location in its ` +
          "access; this resource sets only its value.",
      );
    if (e.apiType === "validation")
      throw new Error(
        `${who}: the account refused the value (${e.apiMessage ?? e.message}). It must fit the property: of ` +
          `its declared type (int: a whole number, bool: true or false, string or tokenized_string: text), ` +
          `within its domain or range, and the property settable in a ${location}.`,
      );
    throw e;
  }
}

/** `{"<namespace>": {"<name>": value}}` as lists answer it, flattened into one object per value. */
export function flatten(values: unknown, extra: Props = {}): Props[] {
  return Object.entries((values ?? {}) as Record<string, Record<string, unknown>>).flatMap(([ns, props]) =>
    Object.entries(props ?? {}).map(([n, v]) => ({ ...extra, namespace: ns, name: n, value: v })),
  );
}

/** Splits `a:b:c` at its first `count` colons (names have none; see NAME). */
export function splitId(id: string, count: number): string[] {
  const parts = id.split(":");
  return [...parts.slice(0, count), parts.slice(count).join(":")];
}
