import * as fs from "fs";
import * as path from "path";
import type { Deployment, EngineEvent } from "@pulumi/pulumi/automation";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import { changesOf, opsOf } from "./helpers/events";
import { RESOURCES_PROGRAM, type Declared } from "./helpers/livechat";
import { createTestStack, type TestStack } from "./helpers/stack";

// The state is a contract: stacks written by pulumi-livechat 0.1.0 (and 0.2.0, with the v3.6 resources, at the
// end of this file) must keep working with the code of this checkout, whose `__provider` is a constant where
// theirs is a closure Pulumi serialized. The fixture (fixtures/state-v0.1, written by its generate.js with 0.1.0) holds such a stack's
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

/**
 * A new stack of the resources program holding a fixture's deployment, with the fixture's config file (its salt
 * decrypts the fixture's secrets with the same passphrase; it holds the declaration, test:resources, and the
 * credentials, encrypted), pointed at `emulator`. Refresh and destroy configure the provider from the config saved
 * in the state (the default provider's inputs), not from the stack's config: that names the emulator the fixture
 * was written against, long gone. Only that URL is changed; everything else is imported as it was written.
 */
async function importedStack(
  configFile: string,
  written: Loose,
  emulator: RunningEmulator,
): Promise<TestStack> {
  const t = await createTestStack(RESOURCES_PROGRAM);
  fs.writeFileSync(path.join(t.workDir, "Pulumi.test.yaml"), configFile);
  await t.stack.setConfig("livechat:apiUrl", { value: emulator.url });
  const deployment = structuredClone(written);
  const provider = deployment.deployment.resources.find((r: Loose) => r.type === DEFAULT_PROVIDER);
  provider.inputs["livechat:apiUrl"] = provider.outputs["livechat:apiUrl"] = emulator.url;
  await t.stack.importStack(deployment as Deployment);
  return t;
}

describe("a stack written by pulumi-livechat 0.1.0", () => {
  let emulator: RunningEmulator;
  let t: TestStack;
  let declared: Declared[];
  let webhookToken: string;
  const state = () => emulator.state() as unknown as Loose;
  const ids = async () => (await t.stack.outputs()).ids.value as Record<string, string>;

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await importedStack(read("Pulumi.test.yaml"), fixture, emulator);
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
    // Each resource now holds this version's __provider (the same step writes the new inputs too).
    for (const r of livechatResources((await t.stack.exportStack()).deployment))
      expect(r.inputs.__provider).toBe(PROVIDER_TEXTS[r.type.slice(LIVECHAT.length)]);
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

// What this version writes as every resource's `__provider`, pinned: the dynamic provider host runs it in every
// refresh and destroy of users' stacks, so it changes only with a tested upgrade.
const PROVIDER_TEXTS: Record<string, string> = Object.fromEntries(
  [
    "Group",
    "Agent",
    "Goal",
    "Greeting",
    "Tag",
    "CannedResponse",
    "Webhook",
    "v36/Group",
    "v36/Agent",
    "v36/Tag",
    "v36/Greeting",
    "v36/AutoAccess",
    "v36/LicenseProperty",
    "v36/GroupProperty",
    "v36/Bot",
    "v36/Webhook",
    "v36/WebhookState",
  ].map((key) => [
    key,
    `exports.handler = () => require("pulumi-livechat/dist/provider/stubs/${key}.js");\n`,
  ]),
);
const V2_OR_V36 = /^pulumi-nodejs:dynamic\/livechat(?:\/(v36))?:(\w+)$/;
const keyOf = (type: string) => {
  const m = V2_OR_V36.exec(type);
  return m && (m[1] ? `${m[1]}/${m[2]}` : m[2]);
};

describe("a stack written by pulumi-livechat 0.2.0, with the v3.6 resources", () => {
  const DIR = path.join(__dirname, "fixtures/state-v0.2");
  const read2 = (file: string) => fs.readFileSync(path.join(DIR, file), "utf8");
  const written: Loose = JSON.parse(read2("deployment.json"));
  const written2 = JSON.parse(read2("emulator.json")) as Loose;
  const ours = (deployment: Loose): Loose[] => deployment.resources.filter((r: Loose) => keyOf(r.type));
  const writtenIds: Record<string, string> = Object.fromEntries(
    ours(written.deployment).map((r) => [r.urn.split("::").pop(), r.id]),
  );
  let emulator: RunningEmulator;
  let t: TestStack;
  let declared: Declared[];
  const plain = (v: Loose) => JSON.parse(v.plaintext);

  beforeAll(async () => {
    emulator = await startEmulator();
    t = await importedStack(read2("Pulumi.test.yaml"), written, emulator);
    declared = JSON.parse((await t.stack.getConfig("test:resources")).value);
    // The secrets left out of the committed account are in the state (encrypted): the bot's secret and the
    // webhook's secret key.
    const state = (await t.stack.exportStack()).deployment.resources as Loose[];
    const bot = state.find((r) => r.type.endsWith("v36:Bot"))!;
    const hook = state.find((r) => r.type.endsWith("v36:Webhook"))!;
    emulator.seed({
      ...written2,
      bots: written2.bots.map((b: Loose) => ({ ...b, secret: plain(bot.outputs.secret) })),
      client_webhooks: written2.client_webhooks.map((w: Loose) => ({
        ...w,
        secret_key: plain(hook.inputs.secretKey),
      })),
    });
  }, 120_000);
  afterAll(async () => {
    await t?.cleanup();
    await emulator?.stop();
  });

  it("is a fixture with every v3.6 type, written with serialized closures, and no secret in clear", async () => {
    const keys = ours(written.deployment).map((r) => keyOf(r.type));
    expect(keys.sort()).toEqual(
      [...Object.keys(PROVIDER_TEXTS).filter((k) => k.startsWith("v36/")), "Group"].sort(),
    );
    for (const r of ours(written.deployment)) {
      // 0.2.0's __provider: Pulumi's closure around the stub's require, not this version's text.
      expect(r.inputs.__provider).not.toBe(PROVIDER_TEXTS[keyOf(r.type)!]);
      expect(r.inputs.__provider).toContain(
        `require("pulumi-livechat/dist/provider/stubs/${keyOf(r.type)}.js")`,
      );
    }
    const state = (await t.stack.exportStack()).deployment.resources as Loose[];
    const secrets = [
      plain(state.find((r) => r.type.endsWith("v36:Bot"))!.outputs.secret),
      plain(state.find((r) => r.type.endsWith("v36:Webhook"))!.inputs.secretKey),
    ];
    for (const file of ["deployment.json", "Pulumi.test.yaml", "resources.json", "emulator.json"])
      for (const secret of secrets) expect(read2(file)).not.toContain(secret);
  });

  it("refreshes with no change to any resource", async () => {
    const events: EngineEvent[] = [];
    const preview = await t.stack.preview({
      refresh: true,
      expectNoChanges: true,
      onEvent: (e) => events.push(e),
    });
    const v36 = (e: EngineEvent) => e.resourcePreEvent?.metadata;
    const ops: Record<string, string[]> = {};
    for (const e of events) {
      const m = v36(e);
      if (m && keyOf(m.type)) (ops[m.urn.split("::").pop()!] ??= []).push(m.op);
    }
    expect(ops).toEqual(Object.fromEntries(Object.keys(writtenIds).map((n) => [n, ["refresh", "same"]])));
    expect(preview.changeSummary).toEqual({ same: Object.keys(writtenIds).length + 1 });
  }, 300_000);

  it("updates a field of each updatable resource in place, keeping every id, and writes this version's __provider", async () => {
    const edit = (name: string, args: Record<string, unknown>) =>
      Object.assign(declared.find((d) => d.name === name)!.args, args);
    edit("sales", { name: "Sales team" });
    edit("support", { languageCode: "fr" });
    edit("ana", { jobTitle: "Team Lead" });
    edit("refund", { groupIds: [0] });
    edit("hello", { properties: { messageText: "Hello!" } });
    edit("us", { conditions: { geolocation: { values: [{ countryCode: "CA" }] } } });
    edit("banner", { value: "Hey" });
    edit("region", { value: 8 });
    edit("helper", { maxChatsCount: 10 });
    edit("state", { enabled: true });
    // The webhook's secret key is in the stack's config only: the program gets it back from the state.
    await t.stack.setConfig("test:resources", { value: JSON.stringify(declared), secret: true });
    const up = await t.stack.up({ onOutput: t.onOutput });
    expect(up.summary.resourceChanges).toEqual({ same: 2, update: 10 });
    const after = (await t.stack.exportStack()).deployment;
    expect(Object.fromEntries(ours(after).map((r) => [r.urn.split("::").pop(), r.id]))).toEqual(writtenIds);
    for (const r of ours(after)) expect(r.inputs.__provider).toBe(PROVIDER_TEXTS[keyOf(r.type)!]);
    const preview = await t.stack.preview({ expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: Object.keys(writtenIds).length + 1 });
  }, 300_000);

  it("destroys everything it created, leaving what every account has", async () => {
    const destroy = await t.stack.destroy({ onOutput: t.onOutput });
    expect(destroy.summary.resourceChanges).toEqual({ delete: Object.keys(writtenIds).length + 1 });
    const s = emulator.state() as unknown as Loose;
    expect(s.agents.map((x: Loose) => x.login)).toEqual(["owner@example.com"]);
    expect(s.groups.map((g: Loose) => g.id)).toEqual([0]);
    expect(s.bots ?? []).toEqual([]);
    expect(s.client_webhooks ?? []).toEqual([]);
    expect(s.disabled_webhook_clients ?? []).toEqual([]);
  }, 300_000);
});
