import type { WireState } from "../../src/emulator";
import { CASES, inputsOf, type HostileCase } from "../hostile-input-cases";
import { managedResources } from "./helpers/events";
import { openAccount, type Account } from "./helpers/livechat";
import { failureOf } from "./helpers/stack";

// The hostile input table through the real CLI: every value that must work deploys in one stack and stays
// without drift, the account holding what the table says and the outputs being what it says; a sample of
// refusals fails the preview naming the field, before any API call.

const SECTIONS: Record<string, keyof WireState> = {
  Agent: "agents",
  Group: "groups",
  Goal: "goals",
  Greeting: "greetings",
  Tag: "tags",
  CannedResponse: "canned_responses",
  Webhook: "webhooks",
};
/** Whether a wire object is the one with this resource id (an agent's login, a tag's group:name, else its id). */
const hasId = (type: string, id: string) => (o: Record<string, unknown>) =>
  type === "Agent" ? o.login === id : type === "Tag" ? `${o.group}:${o.name}` === id : String(o.id) === id;
/** An output as exportStack shows it: a secret's value is in its plaintext, as JSON. */
const plain = (value: unknown): unknown =>
  value && typeof value === "object" && "plaintext" in value
    ? JSON.parse((value as { plaintext: string }).plaintext)
    : value;
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
    // Every accepted row says what the account must hold.
    expect(accepted.filter(({ c }) => c.stored === undefined).map(({ i }) => i)).toEqual([]);
    await a.declare(accepted.map(({ c, i }) => ({ type: c.type, name: `h${i}`, args: inputsOf(c, i) })));
    await a.t.stack.up();
    await a.t.stack.preview({ refresh: true, expectNoChanges: true });

    const state = a.emulator.state();
    const resources = Object.fromEntries((await managedResources(a.t.stack)).map((r) => [r.name, r]));
    const seen = (c: HostileCase, i: number) => {
      const resource = resources[`h${i}`];
      const objects = state[SECTIONS[c.type]] as Record<string, unknown>[];
      const stored = resource?.id === undefined ? [] : objects.filter(hasId(c.type, resource.id));
      return {
        name: `${c.type}.${c.field} (case ${i})`,
        objects: stored.length,
        stored: stored[0],
        output: plain(resource?.outputs?.[c.field]),
      };
    };
    for (const { c, i } of accepted) {
      const { name, objects, stored, output } = seen(c, i);
      // Exactly one object with the resource's id, holding what the row says (a subset of its fields)...
      expect({ name, objects, stored }).toMatchObject({ name, objects: 1, stored: c.stored });
      // ...and the output the row says, exactly.
      expect({ name, output }).toEqual({ name, output: "output" in c ? c.output : c.value });
    }
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
