import fc from "fast-check";
import { toJson } from "../../../src/codegen/json-schema";
import type { Props, ResourceDeclaration } from "../../../src/provider/declaration";
import { readField, sameJson, sameValue, toWireBody, wireName } from "../../../src/provider/fields";
import { changedFields } from "../../../src/provider/lifecycle";
import { outputsOf } from "../../../src/provider/outputs";
import { problemOf } from "../../../src/provider/schema";
import { registry } from "../../../src/resources/registry";
import { fittingValue, type JsonSchema } from "./arbitrary";
import { ANSWERS, copy, EMPTY_IS_UNSET, TWINS } from "./server";
import { ascii, count, report } from "./tally";

// The comparisons and wire forms of every field of every registered declaration, over valid values of the
// field made from its JSON Schema (./arbitrary.ts) and kept where the field's check accepts them:
//   - canonical: pure, stable, and idempotent where its result is a value of the same form;
//   - sameValue: reflexive and symmetric;
//   - the wire mapping: sent with toWireBody and read back with readField, a value compares equal to itself;
//   - the diff between a value and the forms the server sends back for it (./server.ts) is empty.

const RUNS = Number(process.env.PROPERTY_RUNS ?? 200);
const started = Date.now();
afterAll(() => console.log(report("Fields: canonical, wire, diff", started)));

const FIELDS = Object.entries(registry).flatMap(([key, declaration]) =>
  Object.entries(declaration.fields).map(([name, field]) => ({
    where: `${key}.${name}`,
    declaration,
    name,
    field,
  })),
);
type Case = (typeof FIELDS)[number];

/** The field's values as check hands them on: accepted by the field's check, then completed by the declaration. */
function validValues({ declaration, name, field }: Case): fc.Arbitrary<unknown> {
  const json = toJson(field.schema);
  return fittingValue(json, (json.$defs ?? {}) as Record<string, JsonSchema>)
    .filter((v) => problemOf(field.schema, v) === undefined)
    .map((v) => completed(declaration, name, v));
}

function completed(declaration: ResourceDeclaration, name: string, value: unknown): unknown {
  if (!declaration.complete?.reads.includes(name)) return value;
  const inputs: Props = { [name]: copy(value) };
  declaration.complete.run(inputs);
  return inputs[name];
}

/** Whether a value holds anything but empty lists and objects. */
const saysSomething = (v: unknown): boolean =>
  Array.isArray(v)
    ? v.some(saysSomething)
    : v && typeof v === "object"
      ? Object.values(v).some(saysSomething)
      : v !== undefined;

const explain = (what: string, value: unknown, more: unknown) =>
  new Error(`${what} for ${ascii(value)}: ${ascii(more)}`);

// canonical(canonical(v)) is no question where canonical makes a comparison key of another form: a greeting's
// rules and an auto access's conditions become lists of JSON texts, which canonical reads as rules again. For
// those, sameValue's laws (reflexive, symmetric, stable) and the purity of canonical are what is proved.
const KEY_NOT_VALUE = ["Greeting.rules", "v36/Greeting.rules", "v36/AutoAccess.conditions"];

/** canonical: pure (leaves its argument alone), stable, and idempotent where it makes a value of the field. */
function canonicalHolds({ where, field }: Case, v: unknown): void {
  const canonical = field.canonical;
  if (!canonical) return;
  const before = copy(v);
  const once = canonical(v);
  if (!sameJson(v, before)) throw explain("canonical changed its argument", before, v);
  if (!sameJson(once, canonical(copy(v)))) throw explain("canonical is not stable", v, once);
  if (KEY_NOT_VALUE.includes(where))
    return count(`canonical ${where}`, "pure and stable (a key, not a value)");
  const twice = canonical(copy(once));
  if (!sameJson(twice, once)) throw explain("canonical is not idempotent", v, [once, twice]);
  count(`canonical ${where}`, "pure, stable, idempotent");
}

/** sameValue: reflexive, and symmetric over two values and over a value and its twin. */
function sameValueHolds({ where, field }: Case, v: unknown, w: unknown, twin: unknown): void {
  if (!sameValue(field, v, copy(v))) throw explain("sameValue is not reflexive", v, v);
  for (const [a, b] of [
    [v, w],
    [v, twin],
  ])
    if (sameValue(field, a, b) !== sameValue(field, b, a)) throw explain("sameValue is not symmetric", a, b);
  count(`sameValue ${where}`, sameValue(field, v, w) ? "laws hold (a pair the same)" : "laws hold");
}

/** Sent with toWireBody, answered by the server (./server.ts), read back with readField: the same value. */
function wireHolds({ where, declaration, name, field }: Case, v: unknown): void {
  const answer = ANSWERS[where] as ((body: Props) => Props) | undefined;
  const body = toWireBody({ [name]: field }, { [name]: copy(v) });
  expect(Object.keys(body)).toEqual([wireName(name, field)]);
  // The server answers in JSON; a field it never returns: outputs keep the value applied.
  const object = JSON.parse(JSON.stringify(answer ? answer(body) : body));
  const read = field.neverReturned
    ? outputsOf(declaration, object, { [name]: v })[name]
    : readField(name, field, object);
  if (!sameValue(field, v, read)) throw explain("the value read back differs", v, { body, read });
  count(
    `wire ${where}`,
    field.neverReturned
      ? "kept as applied (never returned)"
      : answer
        ? "round trip (server's answer)"
        : "round trip",
  );
}

/** No change between a value and its twin; a change where the account has none. */
function diffHolds({ where, declaration, name, field }: Case, v: unknown, twin: unknown): void {
  // Set only at creation: a difference is a warning (fixedDifferences), never a change.
  if (field.fixedAtCreation === true) return count(`diff ${where}`, "set only at creation: never a change");
  const { changed } = changedFields(declaration, { [name]: twin }, { [name]: v });
  if (changed.length) throw explain("a change between a value and its twin", v, twin);
  // The same value is a change where the account has none (but an empty one, where empty is unset).
  if (!(EMPTY_IS_UNSET.includes(where) && !saysSomething(v)))
    expect(changedFields(declaration, {}, { [name]: v }).changed).toEqual([name]);
  count(`diff ${where}`, TWINS[where] ? "no change from its twin" : "no change from a copy");
}

describe("every field", () => {
  it("has its canonical forms, twins and fields the API never returns as the properties expect", () => {
    const withCanonical = FIELDS.filter((c) => c.field.canonical).map((c) => c.where);
    expect(withCanonical.length).toBeGreaterThan(15);
    for (const where of KEY_NOT_VALUE) expect(withCanonical).toContain(where);
    expect(Object.keys(TWINS).filter((where) => !FIELDS.some((c) => c.where === where))).toEqual([]);
    expect(Object.keys(ANSWERS).filter((where) => !FIELDS.some((c) => c.where === where))).toEqual([]);
    expect(FIELDS.filter((c) => c.field.fixedAtCreation === true).map((c) => c.where)).toEqual([
      "v36/Agent.name",
    ]);
  });

  // One property per field, for all four: each value is made once (valid values of composite fields are the
  // costly part of the run), and each property is tallied on its own.
  it.each(FIELDS.map((c) => [c.where, c]))(
    "%s: canonical form, sameValue, wire mapping and diff",
    (_where, c) => {
      const field = c as Case;
      const twinOf = (TWINS[field.where] as ((v: unknown, seed: number) => unknown) | undefined) ?? copy;
      fc.assert(
        fc.property(validValues(field), validValues(field), fc.nat(), (v, w, seed) => {
          // The twin as the server sends it: JSON.
          const twin = JSON.parse(JSON.stringify(twinOf(copy(v), seed) ?? null));
          canonicalHolds(field, v);
          sameValueHolds(field, v, w, twin);
          wireHolds(field, v);
          diffHolds(field, v, twin);
        }),
        { numRuns: RUNS },
      );
    },
  );
});
