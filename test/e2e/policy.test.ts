import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { EngineEvent, PreviewResult } from "@pulumi/pulumi/automation";
import { openAccount, type Account, type Declared } from "./helpers/livechat";
import { step } from "./helpers/steps";

// The policy pack the package ships (node_modules/pulumi-livechat/policy, as users have it), run by the real CLI
// on the file backend (`pulumi preview|up --policy-pack DIR --policy-pack-config FILE`) through the Node.js
// language host's RunPlugin: a compliant program passes every rule made mandatory, also while its groups are still
// to be made (unknown ids); mandatory violations fail the preview with each rule's message; advisory ones only
// warn; and the parameters in the policy config are what the rules check. v2 and v3.6 types alike.

const PACK = path.resolve(__dirname, "../../node_modules/pulumi-livechat/policy");
/** The version the CLI prints beside the pack's name: the package's, in policy/package.json. */
const { version } = JSON.parse(fs.readFileSync(path.join(PACK, "package.json"), "utf8"));

const compliant: Declared[] = [
  { type: "Group", name: "sales", args: { name: "Sales" } },
  {
    type: "Agent",
    name: "ann",
    args: {
      login: "ann@example.com",
      name: "Ann",
      password: "ann-s3cret-pass",
      groups: [{ $ref: "sales.groupId" }],
      maxChatsCount: 4,
    },
  },
  { type: "v36.Group", name: "support", args: { name: "Support" } },
  {
    type: "v36.Agent",
    name: "kim",
    args: {
      agentId: "kim@example.com",
      name: "Kim",
      role: "administrator",
      groups: [{ groupId: { $ref: "support.groupId" }, priority: "normal" }],
      maxChatsCount: 4,
    },
  },
  {
    type: "Webhook",
    name: "hook",
    args: {
      url: "https://hooks.example.com/lc?token=tok-s3cret",
      eventType: "chat_started",
      dataTypes: ["chat"],
    },
  },
  { type: "Greeting", name: "hi", args: { name: "Hi", message: "Need a hand?", rules: [visitRule()] } },
  {
    type: "v36.Greeting",
    name: "hello",
    args: { name: "Hello", properties: { messageText: "Hello there!" }, rules: [visitRule()] },
  },
];

function visitRule() {
  return { type: "visit_time_site", operator: "greater_than", value: 30 };
}

/** The compliant program with one violation of each rule but agent-in-group. */
const violating: Declared[] = [
  ...compliant.map((d): Declared => {
    if (d.name === "hook")
      return { ...d, args: { ...d.args, url: "https://hooks.evil.com/lc?token=tok-s3cret" } };
    if (d.name === "kim") return { ...d, args: { ...d.args, maxChatsCount: 8 } };
    return d;
  }),
  {
    type: "Webhook",
    name: "plain",
    args: { url: "http://hooks.example.com/plain", eventType: "chat_ended", dataTypes: ["chat"] },
  },
  { type: "v36.Group", name: "empty", args: { name: "Empty" } },
  { type: "v36.Greeting", name: "blank", args: { name: "Blank", rules: [visitRule()] } },
  {
    type: "Agent",
    name: "boss",
    args: {
      login: "boss@example.com",
      name: "Boss",
      permission: "administrator",
      groups: [{ $ref: "sales.groupId" }],
      maxChatsCount: 2,
    },
  },
];

const EVERY_RULE = [
  "webhook-url",
  "agent-in-group",
  "group-staffed",
  "max-chats-per-agent",
  "agent-roles",
  "greeting-message",
];
const params = {
  "webhook-url": { allowedDomains: ["example.com"] },
  "max-chats-per-agent": { maxChats: 5 },
  "agent-roles": { defaultRoles: ["normal"], roles: { administrator: ["kim@example.com"] } },
};
/** A policy config: every rule at `level`, with the parameters above and `overrides` over them. */
function policyConfig(level: string, overrides: Record<string, object> = {}): Record<string, object> {
  return Object.fromEntries(
    EVERY_RULE.map((rule) => [
      rule,
      { enforcementLevel: level, ...(params as Record<string, object>)[rule], ...overrides[rule] },
    ]),
  );
}

interface Run {
  ok: boolean;
  text: string;
  /** The policy violations, as `level rule (resource name): message`. */
  violations: string[];
  changes?: PreviewResult["changeSummary"];
}

describe("the policy pack through the Pulumi CLI", () => {
  let a: Account;
  let dir: string;

  beforeAll(async () => {
    a = await openAccount();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "livechat-policy-"));
  }, 120_000);
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await a?.close();
  });

  /** `pulumi preview` (or up) with the pack and this config, with what it printed and the policy events. */
  async function run(op: "preview" | "up", resources: Declared[], config: object): Promise<Run> {
    const file = path.join(dir, `policy-${Math.random().toString(36).slice(2)}.json`);
    fs.writeFileSync(file, JSON.stringify(config));
    await a.declare(resources);
    const lines: string[] = [];
    const violations: string[] = [];
    const onEvent = (e: EngineEvent) => {
      const p = e.policyEvent;
      if (p)
        violations.push(
          `${p.enforcementLevel} ${p.policyName} (${p.resourceUrn?.split("::").pop()}): ${p.message.trim().split("\n").pop()}`,
        );
    };
    const opts = {
      policyPacks: [PACK],
      policyPackConfigs: [file],
      onOutput: (l: string) => lines.push(l),
      onEvent,
    };
    try {
      const changes =
        op === "up"
          ? (await a.t.stack.up(opts)).summary.resourceChanges
          : (await a.t.stack.preview(opts)).changeSummary;
      return { ok: true, text: lines.join(""), violations: violations.sort(), changes };
    } catch (e) {
      return { ok: false, text: lines.join("") + String(e), violations: violations.sort() };
    }
  }

  /** The compliant program before it is made: the groups' ids are unknown during this preview. */
  const compliantPreview = step(() => run("preview", compliant, policyConfig("mandatory")));
  const compliantUp = step(async () => {
    await compliantPreview();
    return run("up", compliant, policyConfig("mandatory"));
  });
  const strict = step(async () => {
    await compliantUp();
    return run("preview", violating, policyConfig("mandatory"));
  });
  const advisory = step(async () => {
    await strict();
    return run("preview", violating, policyConfig("advisory"));
  });
  /** Parameters that allow evil.com and 8 chats, and two rules disabled: only the http webhook is left. */
  const relaxed = step(async () => {
    await advisory();
    return run(
      "preview",
      violating,
      policyConfig("mandatory", {
        "webhook-url": { allowedDomains: ["example.com", "evil.com"] },
        "max-chats-per-agent": { maxChats: 8 },
        "group-staffed": { enforcementLevel: "disabled" },
        "greeting-message": { enforcementLevel: "disabled" },
        "agent-roles": { roles: { administrator: ["kim@example.com", "BOSS@example.com"] } },
      }),
    );
  });

  it("passes the compliant program with every rule mandatory, groups still to be made (unknown ids)", async () => {
    const r = await compliantPreview();
    expect({ ok: r.ok, violations: r.violations }).toEqual({ ok: true, violations: [] });
    expect(r.text).toContain(`✅ livechat@v${version} (local: `);
    expect(r.changes).toEqual({ create: 8 });
  }, 300_000);

  it("passes it on up as well, the stack rules then reading the made objects' outputs", async () => {
    const r = await compliantUp();
    expect({ ok: r.ok, violations: r.violations, changes: r.changes }).toEqual({
      ok: true,
      violations: [],
      changes: { create: 8 },
    });
    expect(a.emulator.state().webhooks).toEqual([
      expect.objectContaining({ url: "https://hooks.example.com/lc?token=tok-s3cret" }),
    ]);
  }, 300_000);

  it("fails the preview on mandatory violations, each with its rule's message, of v2 and v3.6 types", async () => {
    const r = await strict();
    expect(r.ok).toBe(false);
    expect(r.text).toContain(`❌ livechat@v${version} (local: `);
    expect(r.text).toContain("error: preview failed");
    expect(r.violations).toEqual([
      "mandatory agent-roles (boss): permission is administrator, which the policy config does not allow boss@example.com to hold: set permission to normal, or add the login to roles.administrator in the policy config",
      "mandatory greeting-message (blank): has no message: set properties.messageText (or a title or subtitle of a richMessage element) to the text visitors should see",
      "mandatory group-staffed (empty): group Empty has no one at first or normal priority (bots do not count), so no one takes its chats: give an agent normal priority in the group's agentPriorities, or the group in an agent's groups",
      "mandatory max-chats-per-agent (kim): maxChatsCount is 8, over the policy's 5 chats per agent: set maxChatsCount to 5 or less, or raise maxChats in the policy config",
      "mandatory webhook-url (hook): url's host hooks.evil.com is on none of the allowed domains (example.com): point url at one of them, or add the domain to allowedDomains in the policy config",
      "mandatory webhook-url (plain): url uses http, not https: change url to an https:// address",
    ]);
    // What the CLI printed names the level, the rule, the resource and the fix.
    expect(r.text).toMatch(
      /\[mandatory\]\s+webhook-url\s+\(pulumi-nodejs:dynamic\/livechat:Webhook: plain\)/,
    );
    expect(r.text).toMatch(
      /\[mandatory\]\s+max-chats-per-agent\s+\(pulumi-nodejs:dynamic\/livechat\/v36:Agent: kim\)/,
    );
    expect(r.text).toContain("url uses http, not https: change url to an https:// address");
    expect(r.text).not.toContain("s3cret");
  }, 300_000);

  it("only warns on advisory violations: the preview passes", async () => {
    const r = await advisory();
    expect(r.ok).toBe(true);
    expect(r.violations).toHaveLength(6);
    expect(r.violations.every((v) => v.startsWith("advisory "))).toBe(true);
    expect(r.text).toMatch(
      /\[advisory\]\s+group-staffed\s+\(pulumi-nodejs:dynamic\/livechat\/v36:Group: empty\)/,
    );
    expect(r.text).toContain("group Empty has no one at first or normal priority");
    expect(r.text).not.toContain("[mandatory]");
    expect(r.text).not.toContain("s3cret");
  }, 300_000);

  it("checks the config's parameters and levels: evil.com allowed, 8 chats allowed, two rules disabled", async () => {
    const r = await relaxed();
    expect(r.ok).toBe(false);
    expect(r.violations).toEqual([
      "mandatory webhook-url (plain): url uses http, not https: change url to an https:// address",
    ]);
    expect(r.text).not.toContain("hooks.evil.com is on none");
    expect(r.text).not.toContain("maxChatsCount is 8");
  }, 300_000);

  it("refuses a config the rules' schemas do not take: a role that does not exist, a limit that is no number", async () => {
    await relaxed();
    const r = await run("preview", compliant, {
      "agent-roles": { defaultRoles: ["normal"], roles: { admin: ["kim@example.com"] } },
      "max-chats-per-agent": { maxChats: "ten" },
    });
    expect(r.ok).toBe(false);
    expect(r.text).toContain(`validating policy config: livechat ${version}`);
    expect(r.text).toMatch(/agent-roles: roles: Property name of "admin" does not match/);
    expect(r.text).toMatch(/max-chats-per-agent: maxChats: Invalid type\. Expected: integer, given: string/);
  }, 300_000);
});
