import * as fs from "fs";
import * as path from "path";
import fc from "fast-check";
import type * as z from "zod";
import { inputsSchema, toJson } from "../../../src/codegen/json-schema";
import type { ResourceDeclaration } from "../../../src/provider/declaration";
import { validateInputs } from "../../../src/provider/validate";
import { registry } from "../../../src/resources/registry";
import * as kinds from "../../../src/provider/schema";
import { asEditor } from "../../spec-schema";
import { fittingValue, nearValue, type JsonSchema } from "./arbitrary";
import { ascii, count, report, tallyOf } from "./tally";
import { EXCEPTIONS, type Exception } from "./exceptions";

// JSON Schema ⇔ check: what an editor accepts (the generated JSON Schema, with ajv as the account spec's tests
// use it) the preview accepts (the field's check, `problemOf`), and the reverse, for every kind of value and
// every field of every registered declaration. Values come from the JSON Schema itself (./arbitrary.ts): values
// of its shape, edge cases and near misses; neither side decides what the other should say. Where the JSON
// Schema cannot say a rule, the exception is named in ./exceptions.ts, one-sided (the check refuses, the
// editor accepts) and narrow (a predicate of its own over the value).

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const started = Date.now();
afterAll(() => console.log(report("JSON Schema ⇔ check", started)));

/** Each kind of src/provider/schema.ts, with the parameters fields use and some at their limits. */
const KINDS: [string, z.ZodType][] = [
  ["text", kinds.text],
  ["textOf({ max: 3 })", kinds.textOf({ max: 3 })],
  ["textOf({ max: 5000, multiline })", kinds.textOf({ max: kinds.MAX.text, multiline: true })],
  ["textOf({ max: 2, multiline })", kinds.textOf({ max: 2, multiline: true })],
  ["pathSegment()", kinds.pathSegment()],
  ["pathSegment(3)", kinds.pathSegment(3)],
  ["email", kinds.email],
  ["password(5, 128)", kinds.password(5, 128)],
  ["password(0, 3)", kinds.password(0, 3)],
  ["bool", kinds.bool],
  ["oneOf([a, b c])", kinds.oneOf(["a", "b c"])],
  ["integer(0)", kinds.integer(0)],
  ["integer(-5, 5)", kinds.integer(-5, 5)],
  ["digits()", kinds.digits()],
  ["digits(1)", kinds.digits(1)],
  ["httpUrlOf(500)", kinds.httpUrlOf(kinds.MAX.webhookUrl)],
  ["httpUrlOf(20)", kinds.httpUrlOf(20)],
  ["urlPattern", kinds.urlPattern],
  ["urlPatternOf(12)", kinds.urlPatternOf(12)],
  ["language", kinds.language],
  ["listOf(text)", kinds.listOf(kinds.text)],
  ["listOf(integer(0), nonEmpty, max 2)", kinds.listOf(kinds.integer(0), { nonEmpty: true, max: 2 })],
  [
    "itemsOf(integer(1, 9), max 3)",
    kinds.itemsOf(kinds.integer(1, 9), () => undefined, { max: 3, noun: "n" }),
  ],
];

const FIELDS: [string, z.ZodType][] = Object.entries(registry).flatMap(([key, declaration]) =>
  Object.entries(declaration.fields).map(([name, field]): [string, z.ZodType] => [
    `${key}.${name}`,
    field.schema,
  ]),
);

/** The property for one kind of value; `where` names it in the tally and in ./exceptions.ts. */
function agreement(where: string, schema: z.ZodType) {
  const json = toJson(schema);
  const editor = asEditor(json);
  const exceptions: Exception[] = EXCEPTIONS[where] ?? [];
  const values = nearValue(json, (json.$defs ?? {}) as Record<string, JsonSchema>);
  fc.assert(
    fc.property(values, (value) => {
      const byEditor = editor(value) === true;
      const byCheck = kinds.problemOf(schema, value) === undefined;
      if (byEditor === byCheck) {
        count(where, byEditor ? "both accept" : "both refuse");
        return true;
      }
      // Only the check may be stricter, and only for a reason named beforehand.
      const exception = byEditor ? exceptions.find((e) => e.applies(value)) : undefined;
      if (!exception)
        throw new Error(
          `the editor ${byEditor ? "accepts" : "refuses"} and the check ${byCheck ? "accepts" : "refuses"} ${ascii(value)}` +
            (byCheck ? "" : ` (${kinds.problemOf(schema, value)})`),
        );
      count(where, `exception (${exception.rule})`);
      return true;
    }),
    { numRuns: RUNS },
  );
  // A property that never saw one side proves nothing about it: each is at least 1 case in 100.
  const tally = tallyOf(where);
  expect(tally["both accept"] ?? 0).toBeGreaterThanOrEqual(RUNS / 100);
  expect(tally["both refuse"] ?? 0).toBeGreaterThanOrEqual(RUNS / 100);
}

describe("the JSON Schema and the check agree", () => {
  it.each(KINDS)("on the kind %s", (where, schema) => agreement(where, schema));
  it.each(FIELDS)("on the field %s", (where, schema) => agreement(where, schema));

  it("name only fields and kinds that exist in their exceptions", () => {
    const known = new Set([...KINDS, ...FIELDS].map(([where]) => where));
    expect(Object.keys(EXCEPTIONS).filter((where) => !known.has(where))).toEqual([]);
  });
});

// The same over a resource's inputs as a whole: the JSON Schema of inputsSchema (the fields, required ones,
// adopt, no other key) and validateInputs. Besides each field's exceptions, two of the resource's own:
const CROSS_FIELD = "a rule across fields (the declaration's validate)";
const NULL_IS_UNSET = "a field set to null, which validateInputs takes for unset (as Pulumi does)";

function inputsAgreement(key: string, declaration: ResourceDeclaration) {
  const json = toJson(inputsSchema(declaration));
  const editor = asEditor(json);
  const where = `inputs of ${key}`;
  const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
  // Inputs are an object (Pulumi hands over one); near misses inside it, and as many meant to fit, since a
  // whole resource's inputs fit only when every field does.
  const values = fc
    .oneof(nearValue(json, defs), fittingValue(json, defs))
    .filter((v) => !!v && typeof v === "object" && !Array.isArray(v));
  fc.assert(
    fc.property(values, (value) => {
      const inputs = JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
      const byEditor = editor(value) === true;
      const { inputs: checked, failures } = validateInputs(declaration, inputs);
      const byCheck = failures.length === 0;
      if (byEditor === byCheck) return count(where, byEditor ? "both accept" : "both refuse");
      const fields = Object.entries(value as Record<string, unknown>);
      // Null where the editor wants a value: unset to validateInputs, which may then accept what is left.
      if (!byEditor && fields.some(([, v]) => v === null))
        return count(where, `exception (${NULL_IS_UNSET})`);
      if (byEditor) {
        const field = fields.find(([name, v]) =>
          (EXCEPTIONS[`${key}.${name}`] ?? []).some((e) => e.applies(v)),
        );
        if (field) return count(where, `exception (${key}.${field[0]})`);
        // validateInputs runs the rule across fields only once every field is valid: its failures are all.
        const rule = declaration.validate?.run(checked) ?? [];
        if (rule.length > 0 && rule.length === failures.length)
          return count(where, `exception (${CROSS_FIELD})`);
      }
      throw new Error(
        `the editor ${byEditor ? "accepts" : "refuses"} and validateInputs ${byCheck ? "accepts" : "refuses"} ${ascii(value)}` +
          (byCheck ? "" : ` (${failures.map((f) => f.reason).join("; ")})`),
      );
    }),
    { numRuns: RUNS },
  );
  const tally = tallyOf(where);
  expect(tally["both accept"] ?? 0).toBeGreaterThanOrEqual(RUNS / 100);
  expect(tally["both refuse"] ?? 0).toBeGreaterThanOrEqual(RUNS / 100);
}

describe("the JSON Schema of a resource's inputs and validateInputs agree", () => {
  it.each(Object.entries(registry))("on %s", (key, declaration) => inputsAgreement(key, declaration));
});

// The property above reads each field's JSON Schema as codegen makes it; editors read account.schema.json.
// They are the same, but where the spec names a group (by name or id) or a secret (`{ secret: key }`).
describe("account.schema.json", () => {
  const shipped = JSON.parse(
    fs.readFileSync(path.join(__dirname, "../../../account.schema.json"), "utf8"),
  ) as {
    $defs: Record<string, { properties: Record<string, JsonSchema> }>;
  };
  const entries = Object.values(registry).flatMap((d) =>
    Object.entries(d.fields)
      .filter(([, f]) => f.refersTo !== "group" && !f.secret)
      .map(([name, f]) => [`${d.module ? d.module.toUpperCase() : ""}${d.type}Entry`, name, f] as const),
  );

  it.each(entries.map(([entry, name, f]) => [`${entry}.${name}`, entry, name, f]))(
    "carries the field's own JSON Schema for %s",
    (_where, entry, name, f) => {
      const { $defs = {}, ...own } = toJson(f.schema) as JsonSchema & { $defs?: Record<string, unknown> };
      expect(shipped.$defs[entry].properties[name]).toEqual({ ...own, description: f.doc });
      for (const [id, def] of Object.entries($defs)) expect(shipped.$defs[id]).toEqual(def);
    },
  );
});
