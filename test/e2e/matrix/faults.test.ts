import type { EngineEvent } from "@pulumi/pulumi/automation";
import type { FaultRule } from "../../../src/emulator/faults";
import { className, type Props } from "../../../src/provider/declaration";
import { create } from "../../../src/provider/create";
import { check, update } from "../../../src/provider/lifecycle";
import { configure } from "../../../src/provider/runtime";
import { programInputs } from "../../matrix/examples";
import {
  changeKinds,
  changesOf,
  countInAccount,
  entriesOf,
  inDeclarationOrder,
  inputsOf,
  leftOf,
  programOf,
  stateOf,
  type Entry,
  type Variant,
} from "./cells";
import { Cells } from "./cells-log";
import { openWorld, recorder, type World } from "./world";

// The test matrix, (e): a failure at every write. For each write call a type makes when its objects are made and
// when they are updated (found by running its examples once, in this process, against a scratch account), one
// fault after the server applied the call (its answer dropped) and one before (a server error), aimed at every
// type at once: in a round, each type's k-th write call of the phase gets one fault. Then, before any new up,
// refresh, `preview --refresh`, `livechat-pulumi drift` and destroy must work and leave nothing behind; and after
// an up without faults, each object must be in the account once, with a clean preview.
//
// What a fault does is stated here, not read from the code: a fault on the create call itself is recovered (the
// provider looks the object up by its natural key, and sends the create again only if it is not there), so the
// up succeeds; a fault on any later call (a field set by an update right after the create, or an update) fails
// the up for the one resource whose call it was, which the state keeps (a partial create, or the old outputs).

type Phase = "create" | "update";
type Mode = "before" | "after";

/** A write as the fault rules aim at it: v2 `PUT /agents`, v3.6 `update_agent`. */
const signature = (r: { method: string; path: string }) =>
  r.path.includes("/action/") ? r.path.split("/").pop()! : `${r.method} /${r.path.split("/")[1]}`;
const isWrite = (r: { method: string; path: string }) =>
  r.path.includes("/action/") ? !/\/action\/(get|list)_/.test(r.path) : r.method !== "GET";
const ruleOf = (sig: string, mode: Mode): FaultRule => {
  const fault = mode === "before" ? "error5xx" : "dropAfterWrite";
  const [method, path] = sig.split(" ");
  return path ? { methods: [method], pathPrefix: path, fault } : { actions: [sig], fault };
};

/** Each entry's write calls, in order, when it is made (as created) and updated in place (to updated). */
async function writesOf(world: World, entries: Entry[]): Promise<Map<string, Record<Phase, string[]>>> {
  const { emulator } = world;
  const values: Record<string, string> = {
    "livechat:apiUrl": emulator.url,
    "livechat:login": emulator.credentials.login,
    "livechat:pat": emulator.credentials.pat,
    "livechat:accountId": emulator.accountId,
    "livechat:batchWindowMs": "0",
    "livechat:maxRequestsPerSecond": "Infinity",
  };
  configure({ get: (key: string) => values[key] });
  const ids = new Map<string, string>();
  const outs = new Map<string, Props>();
  const inputs = (entry: Entry, variant: Variant) =>
    check(
      entry.declaration,
      programInputs(
        entry.declaration,
        inputsOf(entry, variant),
        (name) => world.groupIds.get(name),
        (key) =>
          ids.get(
            entries.find(
              (e) =>
                e.declaration === entry.declaration &&
                inputsOf(e, variant)[entry.declaration.keyFields[0]] === key,
            )!.name,
          ),
      ),
    ).inputs;
  const writes = new Map<string, Record<Phase, string[]>>();
  const record = () => emulator.requests().filter(isWrite).map(signature);
  // Those a sibling names first (the rule an auto access comes before).
  for (const entry of inDeclarationOrder(entries, "created")) {
    emulator.clearRequests();
    const made = await create(entry.declaration, inputs(entry, "created"));
    ids.set(entry.name, made.id);
    outs.set(entry.name, made.outs!);
    writes.set(entry.name, { create: record(), update: [] });
  }
  for (const entry of inDeclarationOrder(entries, "updated").filter((e) => changeKinds(e).inPlace.length)) {
    emulator.clearRequests();
    await update(entry.declaration, ids.get(entry.name)!, outs.get(entry.name)!, inputs(entry, "updated"));
    writes.get(entry.name)!.update = record();
  }
  return writes;
}

describe("the test matrix: a failure at every write", () => {
  let world: World;
  const entries = entriesOf();
  const cells = new Cells("faults");

  beforeAll(async () => {
    world = await openWorld("resources", { "livechat:maxRetries": "0", "livechat:batchWindowMs": "0" });
  }, 120_000);
  afterAll(async () => {
    process.stdout.write(`${cells.summary()}\n`);
    await world?.close();
  });

  it("every type, every write of its create and update, a fault before and after the server applied it", async () => {
    cells.start();
    // The writes of each type, found on a scratch account (another emulator), then the matrix's own account.
    const scratch = await openWorld("resources");
    const writes = await writesOf(scratch, entries);
    await scratch.close();
    const types = [...new Set(entries.map((e) => e.declaration))];
    const declare = (variant: Variant) =>
      world.stack.setConfig("test:resources", {
        value: JSON.stringify(programOf(world, entries, variant)),
        secret: true,
      });
    const upWith = async (variant: Variant, rules: FaultRule[]) => {
      await declare(variant);
      world.emulator.clearRequests();
      world.emulator.setFaults({ rules });
      const r = recorder(world);
      const failed = await world.stack
        .up({ continueOnError: true, onEvent: r.onEvent, onOutput: r.onOutput })
        .then(
          () => false,
          () => true,
        );
      const requests = world.emulator.requests();
      world.emulator.clearFaults();
      return { failed, events: r.events, requests };
    };
    const failedResources = (events: EngineEvent[]) =>
      events
        .map((e) => e.diagnosticEvent)
        .filter((d) => d?.severity === "error" && d.urn && !d.urn.includes("pulumi:pulumi:Stack"))
        .map((d) => d!.urn!.split("::").pop()!);

    for (const phase of ["create", "update"] as Phase[]) {
      const rounds = Math.max(...entries.map((e) => writes.get(e.name)![phase].length));
      for (let k = 0; k < rounds; k++)
        for (const mode of ["after", "before"] as Mode[]) {
          // Each example's k-th write call of the phase, once per type and call.
          const targets = types.flatMap((declaration) =>
            [
              ...new Set(
                entries
                  .filter((e) => e.declaration === declaration)
                  .flatMap((e) => writes.get(e.name)![phase].slice(k, k + 1)),
              ),
            ].map((sig) => ({ declaration, sig })),
          );
          const owners = new Map<string, string>();
          for (const t of targets) {
            const other = owners.get(t.sig);
            if (other && other !== className(t.declaration))
              throw new Error(`${other} and ${className(t.declaration)} share the write call ${t.sig}`);
            owners.set(t.sig, className(t.declaration));
          }
          const rules = targets.map((t) => ruleOf(t.sig, mode));
          const label = (sig: string) =>
            `(e) ${phase} write ${k + 1} (${sig}), fault ${mode} the server applied it`;
          // A fault on the create call is recovered; on any later call, it fails its resource's up.
          const fails = !(phase === "create" && k === 0);
          const variant: Variant = phase === "create" ? "created" : "updated";

          /** The up with the faults: from nothing (create), or over the examples as made (update). */
          const faultyUp = async () => {
            if (phase === "update") {
              await declare("created");
              await world.stack.up({ onOutput: (l) => world.output.push(l) });
            }
            return upWith(variant, rules);
          };

          // The first branch: the up with the faults, then refresh, preview --refresh, drift and destroy.
          const first = await faultyUp();
          const failedNames = failedResources(first.events);
          for (const { declaration, sig } of targets)
            await cells.check(
              className(declaration),
              `${label(sig)}: the fault fired, and the up did as stated`,
              () => {
                const status = mode === "before" ? 503 : 0;
                const hit = first.requests.filter((r) => signature(r) === sig && r.status === status);
                if (hit.length !== 1) throw new Error(`the fault fired ${hit.length} times, not once`);
                const mine = failedNames.filter((n) =>
                  entries.some((e) => e.name === n && e.declaration === declaration),
                );
                if (mine.length !== (fails ? 1 : 0))
                  throw new Error(`${mine.length} of its resources failed (${mine}), not ${fails ? 1 : 0}`);
              },
            );
          await cells.check(
            "(all)",
            `${label(rules.length ? "each type's" : "none")}: the up failed exactly when a fault fails it`,
            () => {
              if (first.failed !== fails) throw new Error(`the up ${first.failed ? "failed" : "succeeded"}`);
            },
          );
          const steps: [string, () => Promise<unknown>][] = [
            ["refresh", () => world.stack.refresh({ onOutput: (l) => world.output.push(l) })],
            [
              "preview --refresh",
              () => world.stack.preview({ refresh: true, onOutput: (l) => world.output.push(l) }),
            ],
            [
              "livechat-pulumi drift",
              async () => {
                const drift = await world.cli(["drift", "--stack", "test", "--cwd", world.dir, "--json"]);
                if (drift.code !== 0 && drift.code !== 2)
                  throw new Error(`drift exited ${drift.code}: ${drift.stderr}`);
              },
            ],
          ];
          const broken: string[] = [];
          for (const [name, run] of steps)
            await run().catch((e: unknown) => broken.push(`${name}: ${String(e).slice(0, 1500)}`));
          const state = await stateOf(world);
          await world.stack
            .destroy({ onOutput: (l) => world.output.push(l) })
            .catch((e: unknown) => broken.push(`destroy: ${String(e).slice(0, 1500)}`));
          const left: string[] = [];
          for (const entry of entries)
            for (const v of new Set<Variant>(["created", variant])) {
              const what = await leftOf(world, entry, v, state.get(entry.name));
              if (what) left.push(what);
            }
          for (const { declaration, sig } of targets)
            await cells.check(
              className(declaration),
              `${label(sig)}: then refresh, preview --refresh, drift and destroy work and leave nothing`,
              () => {
                if (broken.length) throw new Error(broken.join("\n"));
                const mine = left.filter((l) =>
                  entries.some((e) => e.declaration === declaration && l.startsWith(`${e.name}:`)),
                );
                if (mine.length) throw new Error(mine.join("\n"));
              },
            );

          // The second branch: the up with the faults again, then an up without: one object each, a clean preview.
          await faultyUp();
          let upError = "";
          await world.stack
            .up({ onOutput: (l) => world.output.push(l) })
            .catch((e: unknown) => (upError = String(e).slice(0, 1500)));
          const r = recorder(world);
          if (!upError) await world.stack.preview({ onEvent: r.onEvent, onOutput: r.onOutput });
          const planned = changesOf(r.events);
          for (const { declaration, sig } of targets)
            await cells.check(
              className(declaration),
              `${label(sig)}: then up: one object each and a clean preview`,
              async () => {
                if (upError) throw new Error(`the up without faults failed: ${upError}`);
                for (const entry of entries.filter((e) => e.declaration === declaration)) {
                  const count = declaration.account.notListed
                    ? 1
                    : await countInAccount(world, entry, variant);
                  if (count !== 1) throw new Error(`${entry.name}: ${count} objects in the account`);
                  if (planned[entry.name])
                    throw new Error(`${entry.name}: the preview plans ${planned[entry.name]}`);
                }
              },
            );
          await world.stack.destroy({ onOutput: (l) => world.output.push(l) });
        }
    }
    expect(cells.failures).toEqual([]);
  }, 3_600_000);
});
