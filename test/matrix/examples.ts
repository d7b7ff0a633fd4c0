// What the test matrix derives from the declarations' examples: the objects they name (the fixture every
// account of the matrix starts with), and their inputs as a program or a spec writes them.
import { changedInputs, mapExample } from "../../src/codegen/examples";
import { groupRefsIn } from "../../src/account/group-refs";
import type { Example, Props, ResourceDeclaration } from "../../src/provider/declaration";
import { registry } from "../../src/resources/registry";

export const declarations = Object.values(registry);

/** Every example of every type, with its place. */
export const allExamples = declarations.flatMap((declaration) =>
  declaration.examples.map((example, index) => ({ declaration, example, index })),
);

/** The groups (by name) and agents (by login) the examples name: what the account must hold beforehand. */
export function fixture(): { groups: string[]; agents: string[] } {
  const groups = new Set<string>();
  const agents = new Set<string>();
  for (const { declaration, example } of allExamples)
    for (const inputs of [example.inputs, changedInputs(example)])
      for (const [name, field] of Object.entries(declaration.fields)) {
        const value = inputs[name];
        if (value === undefined) continue;
        for (const { ref } of groupRefsIn(field, value)) if (typeof ref === "string") groups.add(ref);
        // Logins: a list of them, or a map's keys (a v3.6 group's members with their priorities).
        if (field.refersTo === "agent")
          for (const login of Array.isArray(value) ? value : Object.keys(value as Props)) agents.add(login);
      }
  return { groups: [...groups].sort(), agents: [...agents].sort() };
}

/**
 * The inputs with group names replaced by `groupId(name)` and a same-type reference by `sameType(key)`, secrets
 * as they are: what a program passes (the resource classes keep secret fields secret).
 */
export const programInputs = (
  declaration: ResourceDeclaration,
  inputs: Props,
  groupId: (name: string) => unknown,
  sameType: (key: unknown) => unknown,
): Props => mapExample(declaration, inputs, { group: groupId, sameType, secret: (_field, value) => value });

export type { Example };
