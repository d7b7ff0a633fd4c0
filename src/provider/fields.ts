import type deepEqualFn from "deep-equal";
import type { Field, Props, WireObject } from "./declaration";

/** The placeholder Pulumi uses for values not known until apply (during preview). */
export const UNKNOWN = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

/** True when the value, or anything inside it, is not known yet. */
export function isUnknown(value: unknown): boolean {
  if (value === UNKNOWN) return true;
  if (Array.isArray(value)) return value.some(isUnknown);
  if (value && typeof value === "object") return Object.values(value).some(isUnknown);
  return false;
}

/** camelCase → snake_case, the API's casing. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export function wireName(name: string, field: Field): string {
  return field.wire ?? snakeCase(name);
}

export function readField(name: string, field: Field, object: WireObject): unknown {
  return field.fromWire ? field.fromWire(object) : object[wireName(name, field)];
}

/** True when two values of a field mean the same to the server. */
export function sameValue(field: Field, a: unknown, b: unknown): boolean {
  const canonical = (v: unknown) =>
    v === undefined || v === null || !field.canonical ? v : field.canonical(v);
  return sameJson(canonical(a), canonical(b));
}

// deep-equal and its seventy small modules load on first use: programs never compare values, and the provider
// host starts sooner.
let deepEqual: typeof deepEqualFn | undefined;

/**
 * deep-equal (strict) for the JSON values Pulumi hands over, with the common cases first: most values are
 * strings, numbers and lists of them, and deep-equal's type checks on each cost more than the rest of a diff.
 */
export function sameJson(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((v, i) => sameJson(v, y[i]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  deepEqual ??= require("deep-equal") as typeof deepEqualFn;
  return deepEqual(x, y, { strict: true });
}

/** Equal but for the order of lists, at any depth (a set the server answers in an order of its own). */
export function sameUpToOrder(x: unknown, y: unknown): boolean {
  if (sameJson(x, y)) return true;
  if (Array.isArray(x) && Array.isArray(y)) {
    if (x.length !== y.length) return false;
    const rest = [...y];
    return x.every((a) => {
      const i = rest.findIndex((b) => sameUpToOrder(a, b));
      return i >= 0 && rest.splice(i, 1).length === 1;
    });
  }
  if (!x || !y || typeof x !== "object" || typeof y !== "object" || Array.isArray(x) || Array.isArray(y))
    return false;
  const a = x as Props;
  const b = y as Props;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && sameUpToOrder(a[k], b[k]));
}

/** The wire body for the given input fields (all set fields when `only` is omitted). */
export function toWireBody(fields: Record<string, Field>, inputs: Props, only?: string[]): WireObject {
  const body: WireObject = {};
  for (const [name, field] of Object.entries(fields)) {
    const value = inputs[name];
    if (value === undefined || (only && !only.includes(name))) continue;
    body[wireName(name, field)] = field.toWire ? field.toWire(value) : value;
  }
  return body;
}

/**
 * The natural key of some (completed) inputs as one comparable string: the key fields in the form the server
 * compares them (its canonical form), so two inputs that the server would take for one object share a key.
 */
export function naturalKeyOf(
  declaration: { keyFields: string[]; fields: Record<string, Field> },
  inputs: Props,
): string {
  return JSON.stringify(
    declaration.keyFields.map((name) => {
      const field = declaration.fields[name];
      const value = inputs[name] ?? field.default;
      return value === undefined || value === null || !field.canonical ? value : field.canonical(value);
    }),
  );
}

/**
 * JSON with every object's keys in sorted order: one text for one value, whatever order its keys came in (the
 * engine hands values over with sorted keys, the server answers in its own order).
 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Props).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/** Sorted copy: for lists the server treats as sets. */
export function asSet(v: unknown): unknown {
  return Array.isArray(v) ? [...v].map((x) => (typeof x === "object" ? stableJson(x) : x)).sort() : v;
}

/** Lower case, for values the server matches case-insensitively (logins, agent ids, tag names on create). */
export const lowerCase = (v: unknown): unknown => (typeof v === "string" ? v.toLowerCase() : v);
