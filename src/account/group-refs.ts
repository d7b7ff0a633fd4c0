// Where a field holds group references, which the spec writes as group names (or ids) and the program turns
// into the declared groups' ids: the value itself (a tag's group), a list (an agent's v2 groups), or a key of
// each item of a list (`groupId` in a v3.6 agent's `[{ groupId, priority }]`).
import * as z from "zod";
import type { Field } from "../provider/declaration";

const lists = new WeakMap<Field, boolean>();

/** Whether the field holds a list (of references, or of items that hold one). */
export function holdsList(field: Field): boolean {
  if (field.refersAt !== undefined) return true;
  if (!lists.has(field))
    lists.set(field, z.toJSONSchema(field.schema, { io: "output", unrepresentable: "any" }).type === "array");
  return lists.get(field)!;
}

/** The group references in a field's value, each with its path below the field; none where the shape is off. */
export function groupRefsIn(field: Field, value: unknown): { path: (string | number)[]; ref: unknown }[] {
  if (field.refersTo !== "group" || value === undefined) return [];
  if (!holdsList(field)) return [{ path: [], ref: value }];
  if (!Array.isArray(value)) return [];
  const at = field.refersAt;
  if (at === undefined) return value.map((ref, i) => ({ path: [i], ref }));
  return value.flatMap((item, i) =>
    item && typeof item === "object" && (item as Record<string, unknown>)[at] !== undefined
      ? [{ path: [i, at], ref: (item as Record<string, unknown>)[at] }]
      : [],
  );
}

/** The value with each group reference replaced by `map(ref)`; the value itself where the shape is off. */
export function mapGroupRefs<T>(field: Field, value: unknown, map: (ref: unknown) => T): unknown {
  if (field.refersTo !== "group" || value === undefined) return value;
  if (!holdsList(field)) return map(value);
  if (!Array.isArray(value)) return value;
  const at = field.refersAt;
  if (at === undefined) return value.map(map);
  return value.map((item) =>
    item && typeof item === "object" && (item as Record<string, unknown>)[at] !== undefined
      ? { ...item, [at]: map((item as Record<string, unknown>)[at]) }
      : item,
  );
}
