import * as z from "zod";
import { changedInputs } from "../../../src/codegen/examples";
import {
  className,
  type Field,
  type Props,
  type ResourceDeclaration,
} from "../../../src/provider/declaration";
import { sameValue } from "../../../src/provider/fields";
import { validateInputs } from "../../../src/provider/validate";
import { allExamples, declarations, fixture, programInputs } from "../../matrix/examples";

// The examples every declaration carries are the test matrix's data (test/e2e/matrix): these checks make sure
// they can carry it. A new type is held to the same rules the moment it is registered.

/** Check, with group names and same-type references standing in as ids. */
const check = (declaration: ResourceDeclaration, inputs: Props) =>
  validateInputs(
    declaration,
    programInputs(
      declaration,
      inputs,
      (name) => 1000 + fixture().groups.indexOf(name),
      (key) => `id-of-${String(key)}`,
    ),
  );

/** A field whose kind allows one value only (a greeting's subtype): it cannot be given another. */
const singleValued = (field: Field) => {
  const json = z.toJSONSchema(field.schema, { io: "output", unrepresentable: "any" }) as { enum?: unknown[] };
  return json.enum?.length === 1;
};

describe.each(declarations.map((d) => [className(d), d] as const))("%s's examples", (_, declaration) => {
  const [minimal, ...rest] = declaration.examples;

  it("start with the minimal one: the required fields, each needed", () => {
    expect(minimal.title).toBe("minimal");
    expect(minimal.changed).toBeUndefined();
    expect(check(declaration, minimal.inputs).failures).toEqual([]);
    const required = Object.keys(declaration.fields).filter((f) => declaration.fields[f].required);
    expect(Object.keys(minimal.inputs).sort()).toEqual(expect.arrayContaining(required.sort()));
    for (const name of Object.keys(minimal.inputs)) {
      const { [name]: _left, ...without } = minimal.inputs;
      expect({ without: name, failures: check(declaration, without).failures.length }).not.toEqual({
        without: name,
        failures: 0,
      });
    }
  });

  it("give no default to a field the API never returns (adopting would overwrite the account's value unseen)", () => {
    const both = Object.entries(declaration.fields).filter(
      ([, f]) => f.neverReturned && f.default !== undefined,
    );
    expect(both.map(([name]) => name)).toEqual([]);
  });

  it("use every field between them, and change every field that can change", () => {
    const used = new Set(declaration.examples.flatMap((e) => Object.keys(e.inputs)));
    expect(Object.keys(declaration.fields).filter((f) => !used.has(f))).toEqual([]);
    const changed = new Set(rest.flatMap((e) => Object.keys(e.changed ?? {})));
    const unchanged = Object.entries(declaration.fields)
      .filter(([name, field]) => !changed.has(name) && !singleValued(field))
      .map(([name]) => name);
    expect(unchanged).toEqual([]);
  });

  it.each(declaration.examples.map((e) => [e.title, e] as const))(
    "%s: passes the check, before and after its change, and its change changes each field it names",
    (_title, example) => {
      expect(check(declaration, example.inputs).failures).toEqual([]);
      if (!example.changed) return;
      expect(check(declaration, changedInputs(example)).failures).toEqual([]);
      const before = check(declaration, example.inputs).inputs;
      const after = check(declaration, changedInputs(example)).inputs;
      const same = Object.keys(example.changed).filter((name) =>
        sameValue(declaration.fields[name], before[name], after[name]),
      );
      expect(same).toEqual([]);
    },
  );
});

describe("the examples of all types", () => {
  it("name objects no other example names, in either API generation, before or after their change", () => {
    const { groups } = fixture();
    const seen = new Map<string, string>(groups.map((g) => [`groups ${g.toLowerCase()}`, "the fixture"]));
    const clashes: string[] = [];
    for (const { declaration, example } of allExamples) {
      const section = declaration.account.section;
      for (const inputs of new Set([example.inputs, changedInputs(example)])) {
        const words = (fields: string[]) => fields.map((f) => String(inputs[f]).toLowerCase()).join(" ");
        const at = `${className(declaration)} ${example.title}`;
        // The whole natural key within the type; its first field (a name, a login, a URL) across the types of
        // one section, which are the same objects in the other generation (a v2 tag "vip" is a v3.6 tag).
        for (const key of [
          `${className(declaration)} ${words(declaration.keyFields)}`,
          `${section} ${words(declaration.keyFields.slice(0, 1))}`,
        ]) {
          const other = seen.get(key);
          if (
            other &&
            other !== at &&
            !(
              declaration.keyFields.length > 1 &&
              key.startsWith(section) &&
              other.startsWith(className(declaration))
            )
          )
            clashes.push(`${key}: ${other} and ${at}`);
          seen.set(key, at);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it("name fixture groups and agents that are not examples themselves", () => {
    const { groups, agents } = fixture();
    expect(groups).toEqual(["Billing", "Support"]);
    expect(agents).toEqual(["jenny.doe@example.com", "john.roe@example.com"]);
  });
});
