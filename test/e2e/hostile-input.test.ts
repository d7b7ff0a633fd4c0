import type { WireState } from "../../src/emulator";
import { naturalKeyOf, sameValue } from "../../src/provider/fields";
import { outputsOf } from "../../src/provider/outputs";
import { validateInputs } from "../../src/provider/validate";
import { registry } from "../../src/resources/registry";
import { CASES, inputsOf, type HostileCase } from "../hostile-input-cases";
import { openAccount, type Account } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// The hostile input table through the real CLI: every value that must work deploys in one stack and stays
// without drift; a sample of refusals fails the preview naming the field, before any API call.

const SECTIONS: Record<string, keyof WireState> = {
  Agent: "agents",
  Group: "groups",
  Goal: "goals",
  Greeting: "greetings",
  Tag: "tags",
  CannedResponse: "canned_responses",
  Webhook: "webhooks",
};
const apiCalls = (a: Account) => a.emulator.requests().filter((r) => !r.path.startsWith("/_emulator"));
const numbered = CASES.map((c, i) => ({ c, i }));

describe("hostile input that must work", () => {
  let a: Account;
  const accepted = numbered.filter(({ c }) => c.expect === "accepted");
  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  it(`deploys all ${accepted.length} accepted cases in one stack, without drift, and the account holds them`, async () => {
    await a.declare(accepted.map(({ c, i }) => ({ type: c.type, name: `h${i}`, args: inputsOf(c, i) })));
    await a.t.stack.up();
    await a.t.stack.preview({ refresh: true, expectNoChanges: true });

    const state = a.emulator.state();
    const missing: string[] = [];
    for (const { c, i } of accepted) {
      const declaration = registry[c.type];
      const desired = validateInputs(declaration, inputsOf(c, i)).inputs;
      const found = (state[SECTIONS[c.type]] as Record<string, unknown>[])
        .map((o) => outputsOf(declaration, o, desired))
        .find((o) => naturalKeyOf(declaration, o) === naturalKeyOf(declaration, desired));
      if (!found || !sameValue(declaration.fields[c.field], desired[c.field], found[c.field]))
        missing.push(`${c.type}.${c.field} (case ${i})`);
    }
    expect(missing).toEqual([]);
  }, 600_000);
});

describe("hostile input refused at preview by the CLI", () => {
  let a: Account;
  beforeAll(async () => {
    a = await openAccount();
  }, 120_000);
  afterAll(async () => a?.close());

  const sample: [string, (c: HostileCase) => boolean][] = [
    ["tag name with a trailing space", (c) => c.type === "Tag" && c.value === "vip "],
    ["tag name ..", (c) => c.type === "Tag" && c.value === ".."],
    [
      "canned response tag with a trailing newline",
      (c) => c.type === "CannedResponse" && String(c.value) === "bye\n",
    ],
    [
      "numeric greeting rule that is not a number",
      (c) => c.type === "Greeting" && JSON.stringify(c.value).includes('"abc"'),
    ],
    ["webhook url with user:pass@", (c) => c.type === "Webhook" && c.secret === "tok-en-42"],
    ["goal url with a javascript: scheme", (c) => c.type === "Goal" && c.value === "javascript:alert(1)"],
    ["agent password with a trailing newline", (c) => c.type === "Agent" && c.secret === "hunter2-secret"],
    ["goal name of 100 kB", (c) => c.type === "Goal" && c.field === "name" && String(c.value).length > 1000],
  ];

  it.each(sample)(
    "%s",
    async (_name, pick) => {
      const { c, i } = numbered.find(({ c }) => c.expect === "refused" && pick(c))!;
      await a.declare([{ type: c.type, name: "bad", args: inputsOf(c, i) }]);
      a.emulator.clearRequests();
      a.t.output.length = 0;
      const message = await failureOf(() => a.t.stack.preview({ onOutput: a.t.onOutput }));
      expect(message).toContain(`${c.type}: ${c.field} `);
      const printed = message + a.t.output.join("");
      if (c.secret) expect(printed).not.toContain(c.secret);
      if (typeof c.value === "string" && c.value.length > 1000)
        expect(printed).not.toContain(c.value.slice(0, 1000));
      expect(apiCalls(a)).toEqual([]);
    },
    300_000,
  );
});
