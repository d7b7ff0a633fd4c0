// Cell (d): an object of each listed type made behind the stack's back (through the API), which
// `livechat-pulumi drift --unmanaged` must list under the type the stack declares its section with.
import * as z from "zod";
import {
  className,
  type Field,
  type Props,
  type ResourceDeclaration,
} from "../../../src/provider/declaration";
import { toWireBody } from "../../../src/provider/fields";
import { validateInputs } from "../../../src/provider/validate";
import type { DriftReport } from "../../../src/tools/report";
import { programInputs } from "../../matrix/examples";
import type { Entry } from "./cells";
import type { Cells } from "./cells-log";
import type { World } from "./world";

/** A text key's value changed, so the object is another one of the same type. */
function another(value: string): string {
  if (/^https?:\/\//.test(value)) return `${value}-unmanaged`;
  if (value.includes("@")) return `unmanaged.${value}`;
  return `${value} unmanaged`;
}

/** A field whose value is one of a few words (an event type): another value would not be valid. */
const isChoice = (field: Field) =>
  Array.isArray(
    (z.toJSONSchema(field.schema, { io: "output", unrepresentable: "any" }) as { enum?: unknown }).enum,
  );

/** The minimal example with its last plain-text key field changed: an object no resource declares. */
export function unmanagedInputs(declaration: ResourceDeclaration): Props {
  const inputs = { ...declaration.examples[0].inputs };
  const key = [...declaration.keyFields]
    .reverse()
    .find(
      (f) =>
        typeof inputs[f] === "string" && !declaration.fields[f].refersTo && !isChoice(declaration.fields[f]),
    );
  if (!key) throw new Error(`${className(declaration)} has no text key field to make another object with`);
  inputs[key] = another(String(inputs[key]));
  return inputs;
}

/** Makes one object of each listed type of `entries` behind the stack's back; returns their ids by type. */
export async function makeUnmanaged(
  world: World,
  entries: Entry[],
): Promise<Map<ResourceDeclaration, string>> {
  const made = new Map<ResourceDeclaration, string>();
  const types = [...new Set(entries.map((e) => e.declaration))].filter((d) => !d.account.notListed);
  for (const declaration of types) {
    const inputs = validateInputs(
      declaration,
      programInputs(
        declaration,
        unmanagedInputs(declaration),
        (name) => world.groupIds.get(name),
        () => undefined,
      ),
    ).inputs;
    const created = await declaration.api.create(
      world.context(),
      toWireBody(declaration.fields, inputs),
      inputs,
    );
    made.set(declaration, declaration.idOf(created));
  }
  return made;
}

/** Makes one unmanaged object of each listed type of `entries`, then checks the unmanaged listing names it. */
export async function checkUnmanaged(world: World, entries: Entry[], cells: Cells): Promise<void> {
  const made = await makeUnmanaged(world, entries);
  const result = await world.cli(["drift", "--stack", "test", "--cwd", world.dir, "--json", "--unmanaged"]);
  let report: DriftReport | undefined;
  try {
    report = JSON.parse(result.stdout) as DriftReport;
  } catch {
    report = undefined;
  }
  for (const [declaration, id] of made)
    await cells.check(
      className(declaration),
      "(d) an object made behind the stack's back is listed as unmanaged",
      () => {
        if (!report) throw new Error(`drift --unmanaged exited ${result.code}: ${result.stderr}`);
        const listed = (report.unmanaged?.[className(declaration)] ?? []).map((o) => o.id);
        if (!listed.includes(id)) throw new Error(`${id} is not among ${JSON.stringify(listed)}`);
      },
    );
}
