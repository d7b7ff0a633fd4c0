import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { sectionsOf, type Api } from "../../../src/account/types";
import { className, type Props, type ResourceDeclaration } from "../../../src/provider/declaration";
import { toWireBody } from "../../../src/provider/fields";
import { validateInputs } from "../../../src/provider/validate";
import { listed } from "../../../src/tools/account";
import type { DriftReport } from "../../../src/tools/report";
import { programInputs } from "../../matrix/examples";
import { changesOf, entriesOf, inputsOf, programOf, stateOf } from "./cells";
import { Cells } from "./cells-log";
import { runLifecycle } from "./lifecycle";
import { openWorld, recorder, type World } from "./world";

// The test matrix, program path: every registered type's examples in one TypeScript-style program (the
// resources fixture), through the lifecycle (a), then, on the account it leaves, objects made behind the
// stack's back listed as unmanaged (d), and the account exported in each API generation and adopted by a new
// stack without a write (c). Each cell is recorded; the test fails listing every failed cell.

const typeOf = (d: ResourceDeclaration) => className(d);

/** A string key field's value changed, so the object is another one of the same type. */
function another(value: string): string {
  if (/^https?:\/\//.test(value)) return `${value}-unmanaged`;
  if (value.includes("@")) return `unmanaged.${value}`;
  return `${value} unmanaged`;
}

/** The minimal example with its last plain-text key field changed: an object no resource declares. */
function unmanagedInputs(declaration: ResourceDeclaration): Props {
  const inputs = { ...declaration.examples[0].inputs };
  const key = [...declaration.keyFields]
    .reverse()
    .find((f) => typeof inputs[f] === "string" && !declaration.fields[f].refersTo);
  if (!key) throw new Error(`${className(declaration)} has no text key field to make another object with`);
  inputs[key] = another(String(inputs[key]));
  return inputs;
}

/** Whether a request wrote to the account (v2: anything but GET; v3.6: any method but get_* and list_*). */
const isWrite = (r: { method: string; path: string }) =>
  r.path.includes("/action/") ? !/\/action\/(get|list)_/.test(r.path) : r.method !== "GET";

describe("the test matrix: the program path", () => {
  let world: World;
  const entries = entriesOf();
  const cells = new Cells("program");
  const started = Date.now();

  beforeAll(async () => {
    world = await openWorld("resources");
  }, 120_000);
  afterAll(async () => {
    process.stdout.write(`${cells.summary()}\n`);
    await world?.close();
  });

  it("every type: made, refreshed, updated, replaced, drifted, restored, listed unmanaged, exported and adopted, destroyed", async () => {
    const declare = (variant: Parameters<typeof programOf>[2]) =>
      world.stack.setConfig("test:resources", {
        value: JSON.stringify(programOf(world, entries, variant)),
        secret: true,
      });
    /** The objects made behind the stack's back, by type, with their inputs. */
    const unmanaged = new Map<ResourceDeclaration, { id: string; inputs: Props }>();

    const beforeDestroy = async () => {
      // (d) Objects of each listed type made behind the stack's back are listed as unmanaged.
      const types = [...new Set(entries.map((e) => e.declaration))].filter((d) => !d.account.notListed);
      for (const declaration of types) {
        const inputs = validateInputs(
          declaration,
          programInputs(
            declaration,
            unmanagedInputs(declaration),
            (n) => world.groupIds.get(n),
            () => undefined,
          ),
        ).inputs;
        const created = await declaration.api.create(
          world.context(),
          toWireBody(declaration.fields, inputs),
          inputs,
        );
        unmanaged.set(declaration, { id: declaration.idOf(created), inputs: unmanagedInputs(declaration) });
      }
      const result = await world.cli([
        "drift",
        "--stack",
        "test",
        "--cwd",
        world.dir,
        "--json",
        "--unmanaged",
      ]);
      const report = JSON.parse(result.stdout || "{}") as DriftReport;
      for (const [declaration, { id }] of unmanaged)
        await cells.check(
          typeOf(declaration),
          "(d) an object made behind the stack's back is listed as unmanaged",
          () => {
            const listedIds = (report.unmanaged?.[className(declaration)] ?? []).map((o) => o.id);
            if (!listedIds.includes(id))
              throw new Error(
                `${id} not among ${JSON.stringify(listedIds)} (exit ${result.code}: ${result.stderr})`,
              );
          },
        );

      // (c) Exported in each generation, then adopted by a new stack: no write, and a clean preview.
      const state = await stateOf(world);
      for (const api of ["v2", "v3.6"] as Api[]) {
        const file = path.join(world.dir, `export-${api}.yaml`);
        const exported = await world.cli(["export", "--api", api, "--out", file], {
          LIVECHAT_API_URL: world.emulator.url,
          LIVECHAT_LOGIN: world.emulator.credentials.login,
          LIVECHAT_PAT: world.emulator.credentials.pat,
          LIVECHAT_ACCOUNT_ID: world.emulator.accountId,
        });
        const inExport = listed(sectionsOf({ api })).map((s) => s.declaration);
        const exportedEntries = entries.filter((e) => inExport.includes(e.declaration));
        if (exported.code !== 0) {
          for (const e of exportedEntries)
            await cells.check(typeOf(e.declaration), `(c) ${e.name} exported as ${api}`, () => {
              throw new Error(`export exited ${exported.code}: ${exported.stderr}`);
            });
          continue;
        }
        const text = fs.readFileSync(file, "utf8");
        const secrets = secretsFor(text, [
          ...exportedEntries.map((e) => ({ declaration: e.declaration, inputs: inputsOf(e, "updated") })),
          ...[...unmanaged].map(([declaration, u]) => ({ declaration, inputs: u.inputs })),
        ]);
        const adopting = await world.rootStack(`adopt-${api.replace(".", "")}`, text, secrets);
        world.emulator.clearRequests();
        const r = recorder(world);
        let upError = "";
        await adopting.stack
          .up({ onEvent: r.onEvent, onOutput: r.onOutput })
          .catch((e: unknown) => (upError = String(e).slice(0, 3000)));
        const writes = world.emulator
          .requests()
          .filter(isWrite)
          .map((q) => `${q.method} ${q.path}`);
        const preview = recorder(world);
        if (!upError) await adopting.stack.preview({ onEvent: preview.onEvent, onOutput: preview.onOutput });
        const planned = changesOf(preview.events);
        const { deployment } = await adopting.stack.exportStack();
        const adoptedIds = new Set(
          ((deployment.resources ?? []) as { type: string; id?: string }[]).map((x) => `${x.type} ${x.id}`),
        );
        for (const entry of exportedEntries)
          await cells.check(
            typeOf(entry.declaration),
            `(c) ${entry.name} exported as ${api} and adopted without a write`,
            () => {
              if (upError) throw new Error(`the adopting up failed: ${upError}`);
              if (writes.length) throw new Error(`the adopting up wrote: ${writes.join(", ")}`);
              const known = state.get(entry.name)!;
              if (
                ![...adoptedIds].some(
                  (x) => x.endsWith(` ${known.id}`) && x.includes(`:${entry.declaration.type}`),
                )
              )
                throw new Error(`${known.id} was not adopted (the export left it out)`);
              const changed = Object.keys(planned);
              if (changed.length)
                throw new Error(`the preview after adopting plans ${JSON.stringify(planned)}`);
            },
          );
        await adopting.stack.workspace.removeStack(adopting.stack.name, { force: true });
      }
    };

    await runLifecycle(world, entries, cells, declare, beforeDestroy);
    process.stdout.write(`program path: ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    expect(cells.failures).toEqual([]);
  }, 1_800_000);
});

/** The values of the `{ secret: key }` references of an exported spec, from the inputs of the objects it holds. */
function secretsFor(
  text: string,
  known: { declaration: ResourceDeclaration; inputs: Props }[],
): Record<string, string> {
  const spec = parse(text) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const { declaration, inputs } of known) {
    const entries = spec[declaration.account.section];
    if (!Array.isArray(entries)) continue;
    for (const entry of entries as Props[]) {
      const same = declaration.keyFields.every((k) => String(entry[k]) === String(inputs[k]));
      if (!same) continue;
      for (const [name, value] of Object.entries(entry))
        if (value && typeof value === "object" && "secret" in value && inputs[name] !== undefined)
          out[String((value as { secret: string }).secret)] = String(inputs[name]);
    }
  }
  return out;
}
