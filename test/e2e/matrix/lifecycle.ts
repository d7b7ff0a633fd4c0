// The lifecycle every type goes through on a path (a program, an account spec), one stack for all types: made,
// a clean preview with refresh, each field changed in place, each field that replaces planned with its warning,
// a value set only at creation warned about, drift made through the API named by `livechat-pulumi drift`,
// restored by `up --refresh`, and destroyed without a trace.
import { className, type Props } from "../../../src/provider/declaration";
import { updateFields } from "../../../src/provider/lifecycle";
import { validateInputs } from "../../../src/provider/validate";
import { programInputs } from "../../matrix/examples";
import type { DriftReport } from "../../../src/tools/report";
import {
  changeKinds,
  changesOf,
  inputsOf,
  leftOf,
  opsOf,
  outputsMovedBy,
  replacedIn,
  replaceRounds,
  secretValues,
  stateOf,
  warningsOf,
  type Entry,
  type Variant,
} from "./cells";
import type { Cells } from "./cells-log";
import { recorder, type World } from "./world";

const typeOf = (e: Entry) => className(e.declaration);

/** How many objects the stack made for the entry: the state's id, read back from the account. */
async function inAccount(world: World, entry: Entry, known?: { id: string; outputs: Props }) {
  if (!known?.id) return undefined;
  return entry.declaration.api.read(world.context(), known.id, known.outputs);
}

/** A preview (with refresh, when asked) that must plan nothing and move no output: checked per entry. */
async function expectClean(world: World, entries: Entry[], cells: Cells, cell: string, refresh: boolean) {
  const r = recorder(world);
  await world.stack.preview({ refresh, onEvent: r.onEvent, onOutput: r.onOutput });
  const changes = changesOf(r.events);
  const moved = outputsMovedBy(r.events);
  for (const entry of entries)
    await cells.check(typeOf(entry), `${entry.name} ${cell}`, () => {
      if (changes[entry.name]) throw new Error(`planned ${changes[entry.name].join(", ")}`);
      if (moved[entry.name])
        throw new Error(`the refresh changed its outputs: ${JSON.stringify(moved[entry.name])}`);
    });
}

/** Checks that `text` holds none of the examples' secrets. */
function expectNoSecret(entries: Entry[], text: string, where: string) {
  for (const secret of secretValues(entries))
    if (text.includes(secret)) throw new Error(`${where} prints a secret value`);
}

/**
 * Makes the account differ from the stack for each entry, behind the stack's back: its in-place fields set back
 * to the example's original values through the API, or, where there are none, the object deleted. Returns what
 * the drift report must say of each entry: the fields, or "deleted"; none for settings every account has.
 */
export async function makeDrift(world: World, entries: Entry[]): Promise<Map<string, string[] | "deleted">> {
  const state = await stateOf(world);
  const expected = new Map<string, string[] | "deleted">();
  const deletions: Entry[] = [];
  // Objects that name each other (auto accesses, by the rule each comes before) are not deleted: the server
  // relinks a deleted rule's neighbours, which would undo or hide the drift made on their fields.
  const named = (entry: Entry) =>
    Object.values(entry.declaration.fields).some((field) => field.refersTo === "sameType");
  const idOfKey = (entry: Entry, key: unknown) =>
    entries.find(
      (e) =>
        e.declaration === entry.declaration && inputsOf(e, "updated")[entry.declaration.keyFields[0]] === key,
    ) ?? entry;
  for (const entry of entries) {
    const { declaration } = entry;
    const known = state.get(entry.name)!;
    const fields = changeKinds(entry).inPlace.filter(
      (f) =>
        !declaration.fields[f].neverReturned &&
        !declaration.fields[f].secret &&
        entry.example.inputs[f] !== undefined,
    );
    const ctx = world.context();
    if (fields.length) {
      // The example's original values, as the API takes them (group ids, a sibling's id).
      const original = validateInputs(
        declaration,
        programInputs(
          declaration,
          inputsOf(entry, "created"),
          (name) => world.groupIds.get(name),
          (key) => state.get(idOfKey(entry, key).name)?.id,
        ),
      ).inputs;
      await updateFields(
        declaration,
        ctx,
        known.id,
        fields,
        { ...known.outputs, ...original },
        known.outputs,
      );
      expected.set(entry.name, fields);
    } else if (!declaration.account.notListed && !named(entry)) deletions.push(entry);
  }
  // After the updates: an update may name an object deleted here (an auto access's nextId).
  for (const entry of deletions) {
    const known = state.get(entry.name)!;
    await entry.declaration.api.remove(world.context(), known.id, known.outputs);
    expected.set(entry.name, "deleted");
  }
  return expected;
}

/**
 * Runs the lifecycle of `entries` on a world whose stack `declare`s them in a variant, recording a cell per
 * entry and step in `cells`.
 */
export async function runLifecycle(
  world: World,
  entries: Entry[],
  cells: Cells,
  declare: (variant: Variant) => Promise<void>,
  /** More cells on the account as the lifecycle leaves it, before it is destroyed (unmanaged, export). */
  beforeDestroy?: () => Promise<void>,
): Promise<void> {
  const up = async (variant: Variant, refresh = false) => {
    await declare(variant);
    const r = recorder(world);
    const result = await world.stack.up({ refresh, onEvent: r.onEvent, onOutput: r.onOutput });
    return { result, events: r.events };
  };

  // Made: one object each, which the state knows.
  await up("created");
  let state = await stateOf(world);
  for (const entry of entries)
    await cells.check(typeOf(entry), `${entry.name} is made`, async () => {
      if (!(await inAccount(world, entry, state.get(entry.name))))
        throw new Error("not in the account under the id the state holds");
    });
  await expectClean(world, entries, cells, "previews clean with refresh after its create", true);

  // Every field that changes in place, at once: an update, never a replacement.
  const updated = await up("updated");
  const ops = opsOf(updated.events);
  for (const entry of entries)
    await cells.check(typeOf(entry), `${entry.name} updates in place`, () => {
      const want = changeKinds(entry).inPlace.length ? ["update"] : ["same"];
      if (JSON.stringify(ops[entry.name]) !== JSON.stringify(want))
        throw new Error(`planned ${JSON.stringify(ops[entry.name])}, not ${JSON.stringify(want)}`);
    });
  await expectClean(world, entries, cells, "previews clean with refresh after its update", true);

  // A value the API sets only at creation: a warning naming the field, and no change.
  if (entries.some((e) => changeKinds(e).fixed.length)) {
    await declare("fixed");
    const r = recorder(world);
    await world.stack.preview({ onEvent: r.onEvent, onOutput: r.onOutput });
    const changes = changesOf(r.events);
    const warnings = warningsOf(r.events, entries, await stateOf(world));
    for (const entry of entries.filter((e) => changeKinds(e).fixed.length))
      await cells.check(typeOf(entry), `${entry.name} warns of a value set at creation`, () => {
        if (changes[entry.name]) throw new Error(`planned ${changes[entry.name].join(", ")}`);
        for (const field of changeKinds(entry).fixed)
          if (
            !(warnings[entry.name] ?? []).some((w) => w.includes(`${field} is `) && w.includes("only when"))
          )
            throw new Error(`no warning names ${field}: ${JSON.stringify(warnings[entry.name] ?? [])}`);
      });
  }

  // Each field that replaces, one per entry and round: a planned replacement with its warning.
  for (let round = 0; round < replaceRounds(entries); round++) {
    await declare({ replace: round });
    const r = recorder(world);
    await world.stack.preview({ onEvent: r.onEvent, onOutput: r.onOutput });
    const planned = opsOf(r.events);
    const warnings = warningsOf(r.events, entries, await stateOf(world));
    for (const entry of entries) {
      const field = replacedIn(entry, round);
      if (!field) continue;
      await cells.check(typeOf(entry), `${entry.name} plans a replacement for ${field}`, () => {
        if (!(planned[entry.name] ?? []).includes("replace"))
          throw new Error(`planned ${JSON.stringify(planned[entry.name])}`);
        if (
          !(warnings[entry.name] ?? []).some((w) => new RegExp(`will be replaced: .*\\b${field}\\b`).test(w))
        )
          throw new Error(`no warning names ${field}: ${JSON.stringify(warnings[entry.name] ?? [])}`);
        expectNoSecret(entries, (warnings[entry.name] ?? []).join("\n"), "the warning");
      });
    }
  }
  await declare("updated");

  // Drift made through the API, each field named by the drift report; then up --refresh puts it back.
  const drift = await makeDrift(world, entries);
  const report = await world.cli(["drift", "--stack", "test", "--cwd", world.dir, "--json"]);
  let parsed: DriftReport | undefined;
  try {
    parsed = JSON.parse(report.stdout) as DriftReport;
  } catch {
    parsed = undefined;
  }
  for (const entry of entries) {
    const want = drift.get(entry.name);
    if (want === undefined) continue;
    await cells.check(typeOf(entry), `${entry.name} drift is named by livechat-pulumi drift`, () => {
      if (report.code !== 2 || !parsed) throw new Error(`drift exited ${report.code}: ${report.stderr}`);
      expectNoSecret(entries, report.stdout + report.stderr, "the drift report");
      const found = parsed.resources.find((r) => r.name === entry.name);
      if (!found) throw new Error("not in the report");
      if (want === "deleted") {
        if (found.change !== "deleted") throw new Error(`reported as ${found.change}, not deleted`);
      } else {
        const named = found.fields.map((f) => f.field);
        const missing = want.filter((f) => !named.includes(f));
        if (missing.length) throw new Error(`fields not named: ${missing.join(", ")} (named: ${named})`);
      }
    });
  }
  await up("updated", true);
  await expectClean(
    world,
    entries,
    cells,
    "previews clean with refresh after up --refresh restored it",
    true,
  );

  await beforeDestroy?.();

  // Destroyed: nothing left of any of them.
  state = await stateOf(world);
  await world.stack.destroy({ onOutput: (l) => world.output.push(l) });
  for (const entry of entries)
    await cells.check(typeOf(entry), `${entry.name} leaves nothing behind when destroyed`, async () => {
      const left = await leftOf(world, entry, "updated", state.get(entry.name));
      if (left) throw new Error(left);
    });
}
