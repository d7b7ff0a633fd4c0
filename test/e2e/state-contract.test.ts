import * as fs from "fs";
import * as path from "path";
import type { Deployment, EngineEvent } from "@pulumi/pulumi/automation";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { changesOf, opsOf } from "./helpers/events";
import { RESOURCES_PROGRAM, type Declared } from "./helpers/livechat";
import { createTestStack, type TestStack } from "./helpers/stack";

// The state is a contract: stacks written by pulumi-livechat 0.1.0 must keep working with the code of this
// checkout. The fixture (fixtures/state-v0.1, written by its generate.js with 0.1.0) holds such a stack's
// deployment, its config file (salt and encrypted secrets) and the emulator account it was applied to. Here a
// new emulator is seeded with that account (same ids), the deployment is imported into a new stack, and the
// checkout's code refreshes, updates and destroys it without replacing anything.

const REPO = path.resolve(__dirname, "../..");
const FIXTURE = path.join(__dirname, "fixtures/state-v0.1");
const FILES = ["deployment.json", "Pulumi.test.yaml", "resources.json", "emulator.json"];
const LIVECHAT = "pulumi-nodejs:dynamic/livechat:";
const TYPES = ["Agent", "Group", "Goal", "Greeting", "Tag", "CannedResponse", "Webhook"];
const DEFAULT_PROVIDER = "pulumi:providers:pulumi-nodejs";
const OMITTED = "(left out: a secret)";

const read = (file: string) => fs.readFileSync(path.join(FIXTURE, file), "utf8");
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a Pulumi deployment and the emulator's account, read loosely
type Loose = Record<string, any>;
const fixture: Loose = JSON.parse(read("deployment.json"));
const account: Loose = JSON.parse(read("emulator.json"));
const livechatResources = (deployment: Loose): Loose[] =>
  deployment.resources.filter((r: Loose) => r.type.startsWith(LIVECHAT));
/** Resource name -> id, as the fixture's stack recorded them. */
const fixtureIds: Record<string, string> = Object.fromEntries(
  livechatResources(fixture.deployment).map((r) => [r.urn.split("::").pop(), r.id]),
);

describe("a stack written by pulumi-livechat 0.1.0", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  let declared: Declared[];
  let webhookToken: string;
  const state = () => emulator.state() as unknown as Loose;
  const ids = async () => (await t.stack.outputs()).ids.value as Record<string, string>;

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await createTestStack(RESOURCES_PROGRAM);
    // The fixture's config file: its salt decrypts the fixture's secrets with the same passphrase, and it holds
    // the declaration (test:resources) and the credentials, both encrypted.
    fs.writeFileSync(path.join(t.workDir, "Pulumi.test.yaml"), read("Pulumi.test.yaml"));
    await t.stack.setConfig("livechat:apiUrl", { value: emulator.url });

    // Refresh and destroy configure the provider from the config saved in the state (the default provider's
    // inputs), not from the stack's config: that names the emulator the fixture was written against, long gone.
    // Only that URL is changed; everything else is imported as 0.1.0 wrote it.
    const deployment = structuredClone(fixture);
    const provider = deployment.deployment.resources.find((r: Loose) => r.type === DEFAULT_PROVIDER);
    provider.inputs["livechat:apiUrl"] = provider.outputs["livechat:apiUrl"] = emulator.url;
    await t.stack.importStack(deployment as Deployment);

    declared = JSON.parse((await t.stack.getConfig("test:resources")).value);
    // exportStack shows secrets in clear ({plaintext: JSON}): the webhook's token, left out of the committed account.
    const hook = (await t.stack.exportStack()).deployment.resources.find(
      (r: Loose) => r.type === `${LIVECHAT}Webhook`,
    );
    webhookToken = JSON.parse(hook.outputs.token.plaintext);
    emulator.seed({
      ...account,
      webhooks: account.webhooks.map((w: Loose) => ({ ...w, token: webhookToken })),
    });
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("is a fixture with every type, no secret in clear, and the account restored with the same ids", () => {
    expect(livechatResources(fixture.deployment).map((r) => r.type.slice(LIVECHAT.length))).toEqual(
      expect.arrayContaining(TYPES),
    );
    expect(livechatResources(fixture.deployment)).toHaveLength(TYPES.length);
    // The id formats: numbers as strings, a tag's group:name, an agent's login, a webhook's hex id.
    expect(fixtureIds).toEqual({
      sales: expect.stringMatching(/^[1-9]\d*$/),
      jenny: "jenny@example.com",
      checkout: expect.stringMatching(/^\d+$/),
      welcome: expect.stringMatching(/^\d+$/),
      vip: `${fixtureIds.sales}:vip`,
      bye: expect.stringMatching(/^\d+$/),
      hook: expect.stringMatching(/^[0-9a-f]{32}$/),
    });

    const password = declared.find((d) => d.type === "Agent")!.args.password as string;
    expect(password).toEqual(expect.any(String));
    expect(webhookToken).toMatch(/^[0-9a-f]{32}$/);
    for (const file of FILES) {
      const text = read(file);
      for (const secret of [password, webhookToken, emulator.credentials.pat])
        expect(text).not.toContain(secret);
    }
    // resources.json is the declaration in config, but for the password.
    const readable = declared.map((d) =>
      d.args.password ? { ...d, args: { ...d.args, password: OMITTED } } : d,
    );
    expect(JSON.parse(read("resources.json"))).toEqual(readable);

    expect(state()).toEqual({ ...account, webhooks: [{ ...account.webhooks[0], token: webhookToken }] });
  });

  it("serializes each type's provider as a require of its stub, which this build still has", () => {
    for (const r of livechatResources(fixture.deployment)) {
      const type = r.type.slice(LIVECHAT.length);
      const stub = `pulumi-livechat/dist/provider/stubs/${type}.js`;
      const requires = [...r.inputs.__provider.matchAll(/require\(([^)]*)\)/g)].map((m) => m[1]);
      expect({ type, requires }).toEqual({ type, requires: [JSON.stringify(stub)] });
      expect(r.outputs.__provider).toBe(r.inputs.__provider);
      // Where programs load it from (the package as installed), and the build it is copied from.
      expect(fs.existsSync(path.join(REPO, "node_modules", stub))).toBe(true);
      expect(fs.existsSync(path.join(REPO, stub.replace("pulumi-livechat/", "")))).toBe(true);
    }
  });

  it("refreshes with no change to any resource", async () => {
    const events: EngineEvent[] = [];
    const preview = await t.stack.preview({
      refresh: true,
      expectNoChanges: true,
      onEvent: (e) => events.push(e),
    });
    // Each resource is read back, then left as it is.
    const readThenSame = Object.fromEntries(
      Object.keys(fixtureIds).map((name) => [name, ["refresh", "same"]]),
    );
    expect(opsOf(events)).toEqual(readThenSame);
    expect(preview.changeSummary).toEqual({ same: 8 });

    const recorded = async () =>
      livechatResources((await t.stack.exportStack()).deployment).map(({ urn, id, inputs, outputs }) => ({
        urn,
        id,
        inputs,
        outputs,
      }));
    const before = await recorded();
    const refresh = await t.stack.refresh({ onOutput: t.onOutput });
    expect(refresh.summary.resourceChanges).toEqual({ same: 8 });
    // What the checkout's code reads back is what 0.1.0 wrote, output names and values, but for the group's
    // members: jenny joined the group after 0.1.0 recorded it, and a refresh reads the members afresh.
    const sales = before.find((r) => r.id === fixtureIds.sales && r.urn.endsWith("::sales"))!;
    expect(sales.outputs.agents).toEqual([]);
    sales.outputs.agents = ["jenny@example.com"];
    expect(await recorded()).toEqual(before);
  }, 300_000);

  it("updates one field of each updatable resource in place, keeping every id", async () => {
    const edit = (name: string, args: Record<string, unknown>) =>
      Object.assign(declared.find((d) => d.name === name)!.args, args);
    edit("sales", { name: "Sales team" });
    edit("jenny", { name: "Jenny Roe", jobTitle: "Team Lead" });
    edit("checkout", { active: false });
    edit("welcome", { message: "Welcome back!" });
    edit("bye", { tags: ["bye", "later"] });
    await t.stack.setConfig("test:resources", { value: JSON.stringify(declared), secret: true });

    const events: EngineEvent[] = [];
    await t.stack.preview({ onEvent: (e) => events.push(e) });
    const updates = {
      sales: "update",
      jenny: "update",
      checkout: "update",
      welcome: "update",
      bye: "update",
    };
    expect(changesOf(events)).toEqual(updates);
    const up = await t.stack.up({ onOutput: t.onOutput });
    expect(up.summary.resourceChanges).toEqual({ same: 3, update: 5 });

    expect(await ids()).toEqual(fixtureIds);
    const s = state();
    expect(s.groups.find((g: Loose) => String(g.id) === fixtureIds.sales).name).toBe("Sales team");
    expect(s.agents.find((x: Loose) => x.login === "jenny@example.com")).toMatchObject({
      name: "Jenny Roe",
      job_title: "Team Lead",
    });
    expect(s.goals).toEqual([expect.objectContaining({ id: Number(fixtureIds.checkout), active: 0 })]);
    expect(s.greetings).toEqual([
      expect.objectContaining({
        properties: expect.objectContaining({ "greeting-message_text": "Welcome back!" }),
      }),
    ]);
    expect(s.canned_responses).toEqual([expect.objectContaining({ tags: ["later", "bye"] })]);
    expect(s.webhooks).toEqual([expect.objectContaining({ id: fixtureIds.hook, token: webhookToken })]);
    const preview = await t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 8 });
  }, 300_000);

  it("destroys everything it created, leaving the owner and group 0", async () => {
    const destroy = await t.stack.destroy({ onOutput: t.onOutput });
    expect(destroy.summary.resourceChanges).toEqual({ delete: 8 });
    const s = state();
    expect(s.agents.map((x: Loose) => x.login)).toEqual(["owner@example.com"]);
    expect(s.groups.map((g: Loose) => g.id)).toEqual([0]);
    expect(s).toMatchObject({ goals: [], greetings: [], tags: [], canned_responses: [], webhooks: [] });
  }, 300_000);
});
