import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { sectionsOf, type Api } from "../../../src/account/types";
import { className, type Props, type ResourceDeclaration } from "../../../src/provider/declaration";
import { listed } from "../../../src/tools/account";
import { changesOf, entriesOf, inputsOf, programOf, stateOf } from "./cells";
import { Cells } from "./cells-log";
import { runLifecycle } from "./lifecycle";
import { openWorld, recorder, type World } from "./world";

// The test matrix, program path: every registered type's examples in one TypeScript-style program (the
// resources fixture), through the lifecycle (a), then, on the account it leaves, the account exported in each
// API generation and adopted by a new stack without a write (c). Each cell is recorded; the test fails listing
// every failed cell. (d), the unmanaged listing, runs on the spec path, whose stacks declare each section in one
// generation, as users' stacks do.

const typeOf = (d: ResourceDeclaration) => className(d);

/** Whether a request wrote to the account (v2: anything but GET; v3.6: any method but get_* and list_*). */
const isWrite = (r: { method: string; path: string }) =>
  r.path.includes("/action/") ? !/\/action\/(get|list)_/.test(r.path) : r.method !== "GET";

describe("the test matrix: the program path", () => {
  let world: World;
  const entries = entriesOf();
  const cells = new Cells("program");

  beforeAll(async () => {
    world = await openWorld("resources");
  }, 120_000);
  afterAll(async () => {
    process.stdout.write(`${cells.summary()}\n`);
    await world?.close();
  });

  it("every type: made, refreshed, updated, replaced, drifted, restored, exported and adopted, destroyed", async () => {
    cells.start();
    const declare = (variant: Parameters<typeof programOf>[2]) =>
      world.stack.setConfig("test:resources", {
        value: JSON.stringify(programOf(world, entries, variant)),
        secret: true,
      });
    const beforeDestroy = async () => {
      // (c) Exported in each generation, then adopted by a new stack: no write, and a clean preview.
      const state = await stateOf(world);
      for (const api of ["v2", "v3.6"] as Api[]) {
        const file = path.join(world.dir, `export-${api}.yaml`);
        // The API lists v3.6 webhooks one Client ID at a time: the export is told the examples' (as users tell it).
        const clientIds = [
          ...new Set(entries.flatMap((e) => [inputsOf(e, "updated").ownerClientId ?? []].flat())),
        ];
        const exported = await world.cli(
          ["export", "--api", api, "--out", file, "--client-id", ...clientIds.map(String)],
          {
            LIVECHAT_API_URL: world.emulator.url,
            LIVECHAT_LOGIN: world.emulator.credentials.login,
            LIVECHAT_PAT: world.emulator.credentials.pat,
            LIVECHAT_ACCOUNT_ID: world.emulator.accountId,
          },
        );
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
        fs.writeFileSync(`/tmp/export-${api}.yaml`, text);
        const secrets = secretsFor(text, [
          ...exportedEntries.map((e) => ({ declaration: e.declaration, inputs: inputsOf(e, "updated") })),
        ]);
        const adopting = await world.rootStack(`adopt-${api.replace(".", "")}`, text, secrets);
        world.emulator.clearRequests();
        const r = recorder(world);
        let upError = "";
        await adopting.stack.up({ onEvent: r.onEvent, onOutput: r.onOutput }).catch((e: unknown) => {
          const errors = r.events
            .map((x) => x.diagnosticEvent)
            .filter((d) => d?.severity === "error")
            .map((d) => d!.message);
          upError = (errors.length ? errors.join("\n") : String(e)).slice(0, 3000);
        });
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
                throw new Error(`${known.id} was not adopted (the export left it out): ${exported.stderr}`);
              const changed = Object.keys(planned);
              if (changed.length)
                throw new Error(`the preview after adopting plans ${JSON.stringify(planned)}`);
            },
          );
        await adopting.stack.workspace.removeStack(adopting.stack.name, { force: true });
      }
    };

    await runLifecycle(world, entries, cells, declare, beforeDestroy);
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
