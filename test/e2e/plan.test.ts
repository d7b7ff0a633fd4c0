import * as path from "path";
import type { Stack } from "@pulumi/pulumi/automation";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import type { Plan } from "../../src/tools/plan/plan";
import { openRootProject, type RootProject } from "./fixtures/tools/project";
import { step } from "./helpers/steps";

// `livechat-pulumi plan` as a real process, on stacks of the program that declares resources from config: each
// scenario edits the declarations of one deployed stack and reads the plan (nothing is applied), in both API
// generations. The words, the headline and what needs care are asserted as a reviewer reads them.

const PASSWORD = "jenny-password-4c1d";
const OWNER = "0805e283233042b37f460ed8fbf22160";
const BOT_SECRET_FREE = /secret-[0-9a-f]{6}/;
type Declared = { type: string; name: string; args: Record<string, unknown> };

const ref = (output: string) => ({ $ref: output });
const pricing = { type: "url_current", operator: "contains", value: "/pricing" };
const v2: Declared[] = [
  { type: "Group", name: "sales", args: { name: "Sales" } },
  { type: "Group", name: "support", args: { name: "Support" } },
  {
    type: "Agent",
    name: "jenny",
    args: {
      login: "jenny@example.com",
      name: "Jenny Doe",
      groups: [ref("sales.groupId")],
      password: PASSWORD,
    },
  },
  {
    type: "Agent",
    name: "john",
    args: {
      login: "john@example.com",
      name: "John Roe",
      groups: [ref("sales.groupId"), ref("support.groupId")],
    },
  },
  {
    type: "Agent",
    name: "ann",
    args: { login: "ann@example.com", name: "Ann Lee", groups: [ref("support.groupId")] },
  },
  {
    type: "Greeting",
    name: "pricing",
    args: { name: "Pricing page", message: "Questions about our plans?", rules: [pricing] },
  },
  {
    type: "Webhook",
    name: "hook",
    args: { url: "https://hooks.example.com/chats", eventType: "chat_ended", dataTypes: ["chat"] },
  },
];
const v36: Declared[] = [
  { type: "v36.Group", name: "sales", args: { name: "Sales" } },
  { type: "v36.Group", name: "support", args: { name: "Support" } },
  {
    type: "v36.Agent",
    name: "mia",
    args: {
      agentId: "mia@example.com",
      name: "Mia Wong",
      groups: [{ groupId: ref("sales.groupId"), priority: "normal" }],
    },
  },
  {
    type: "v36.Bot",
    name: "helper",
    args: {
      ownerClientId: OWNER,
      name: "Helper",
      groups: [{ groupId: ref("support.groupId"), priority: "first" }],
    },
  },
];

/** The declarations with one resource's args changed (undefined: the resource is gone). */
function edit(base: Declared[], name: string, args?: Record<string, unknown>): Declared[] {
  return base.flatMap((d) => (d.name !== name ? [d] : args ? [{ ...d, args: { ...d.args, ...args } }] : []));
}

describe("livechat-pulumi plan", () => {
  /** Each stack its own license. */
  const emulators: RunningEmulator[] = [];
  let project: RootProject;
  const stacks: Record<string, Stack> = {};
  /** The plan of `stack` with `declared` as its code, as text (and the process's exit code). */
  const plan = async (stack: string, declared: Declared[], ...args: string[]) => {
    await stacks[stack].setConfig("test:resources", { value: JSON.stringify(declared) });
    const result = await project.cli(["plan", "--stack", stack, "--cwd", project.dir, ...args]);
    for (const text of [result.stdout, result.stderr]) expect(text).not.toContain(PASSWORD);
    return result;
  };

  const deployed = step(async () => {
    project = openRootProject(path.join(__dirname, "fixtures/resources"));
    for (const [name, declared] of [
      ["v2", v2],
      ["v36", v36],
    ] as const) {
      const emulator = await startEmulator();
      emulators.push(emulator);
      stacks[name] = await project.createStack(name, undefined, emulator, {
        "livechat:accountId": emulator.accountId,
        "livechat:batchWindowMs": "0",
      });
      await stacks[name].setConfig("test:resources", { value: JSON.stringify(declared) });
      const up = await stacks[name].up();
      expect(up.summary.result).toBe("succeeded");
    }
  });
  afterAll(async () => {
    await project?.cleanup();
    for (const emulator of emulators) await emulator.stop();
  });

  it("no change: exit 0 and says so", async () => {
    await deployed();
    const { code, stdout } = await plan("v2", v2);
    expect(code).toBe(0);
    expect(stdout).toBe("Plan for stack v2: No changes\nnothing to change\n");
  }, 300_000);

  it("people moved between groups, by name, with nothing deleted", async () => {
    await deployed();
    const moved = edit(edit(v2, "john", { groups: [ref("support.groupId")] }), "jenny", {
      groups: [ref("support.groupId")],
    });
    const { code, stdout } = await plan("v2", moved);
    expect(code).toBe(2);
    expect(stdout.split("\n")).toEqual([
      "Plan for stack v2: 2 people change groups; nothing is deleted",
      "2 to update",
      "",
      "People",
      "  - Jenny Doe (jenny@example.com) joins Support; leaves Sales",
      "  - John Roe (john@example.com) leaves Sales",
      "",
    ]);
  }, 300_000);

  it("an agent deleted: a person leaves, flagged", async () => {
    await deployed();
    const { code, stdout } = await plan("v2", edit(v2, "ann"));
    expect(code).toBe(2);
    expect(stdout).toContain(
      "Plan for stack v2: 1 person leaves; 1 object is deleted\n1 to delete; 1 needs care\n",
    );
    expect(stdout).toContain(
      "  ! Ann Lee (ann@example.com) is deleted from the account\n    needs care: a person loses their login and seat\n",
    );
  }, 300_000);

  it("an agent replaced: the seat made again, flagged with what it costs", async () => {
    await deployed();
    const { stdout } = await plan("v2", edit(v2, "ann", { login: "ann.lee@example.com" }));
    expect(stdout).toContain(
      "Plan for stack v2: 1 seat is deleted and made again; nothing else is deleted\n",
    );
    expect(stdout).toContain("1 to replace; 1 needs care\n");
    expect(stdout).toContain(
      '  ! Ann Lee (ann.lee@example.com) is deleted and made again: login cannot change in place (login "ann@example.com" → "ann.lee@example.com")\n' +
        "    needs care: a person's seat: their settings in the account start anew\n",
    );
  }, 300_000);

  it("a greeting turned off: which one stops showing, and where", async () => {
    await deployed();
    const { stdout } = await plan("v2", edit(v2, "pricing", { active: false }));
    expect(stdout).toContain("Plan for stack v2: 1 greeting stops showing; nothing is deleted\n");
    expect(stdout).toContain(
      "Greetings and goals\n" +
        '  - Greeting "Pricing page" in the default group: stops showing (shown when the page\'s address contains /pricing)\n',
    );
  }, 300_000);

  it("a webhook's address changed: chat data to a new address, flagged; Markdown and JSON say the same", async () => {
    await deployed();
    const changed = edit(v2, "hook", { url: "https://collector.example.net/in" });
    const { stdout } = await plan("v2", changed);
    expect(stdout).toContain(
      "Plan for stack v2: 1 webhook sends to a new address; nothing else is deleted\n",
    );
    expect(stdout).toContain(
      "needs care: chat data goes to a new address: https://collector.example.net/in\n",
    );
    const markdown = await plan("v2", changed, "--markdown");
    expect(markdown.stdout).toContain(
      "## LiveChat plan: stack `v2`\n\n**1 webhook sends to a new address; nothing else is deleted**",
    );
    expect(markdown.stdout).toContain(
      "### Webhooks and integrations\n\n- ⚠️ **Needs care** (chat data goes to a new address: https://collector.example.net/in)",
    );
    const json = JSON.parse((await plan("v2", changed, "--json")).stdout) as Plan;
    expect(json).toMatchObject({ stack: "v2", counts: { replace: 1 }, needCare: 1 });
    expect(json.topics.map((t) => t.topic)).toEqual(["integrations"]);
  }, 300_000);

  it("v3.6: routing priorities in LiveChat's words, a bot made again flagged", async () => {
    await deployed();
    const changed = edit(
      edit(v36, "mia", {
        groups: [
          { groupId: ref("sales.groupId"), priority: "last" },
          { groupId: ref("support.groupId"), priority: "supervisor" },
        ],
      }),
      "helper",
      { ownerClientId: "c2b5e1f0a9d84b7c8e6f5a4b3c2d1e0f" },
    );
    const { stdout } = await plan("v36", changed);
    expect(stdout).not.toMatch(BOT_SECRET_FREE);
    expect(stdout).toContain(
      "Plan for stack v36: 1 person changes groups; 1 seat is deleted and made again; nothing else is deleted\n",
    );
    expect(stdout).toContain(
      "  - Mia Wong (mia@example.com) joins Support (supervisor); is now secondary in Sales (was primary)\n",
    );
    expect(stdout).toContain(
      '  ! Bot "Helper" (Client ID c2b5e1f0a9d84b7c8e6f5a4b3c2d1e0f) is deleted and made again',
    );
    expect(stdout).toContain("needs care: a new secret too: whatever logs in as the bot needs the new one\n");
  }, 300_000);

  it("a saved preview gives the same plan; a preview that fails is an error, exit 1", async () => {
    await deployed();
    const changed = edit(v2, "pricing", { active: false });
    const direct = await plan("v2", changed);
    const saved = path.join(project.dir, "preview.json");
    const fs = await import("fs");
    const { execFileSync } = await import("child_process");
    fs.writeFileSync(
      saved,
      execFileSync("pulumi", ["preview", "--json", "--stack", "v2"], {
        cwd: project.dir,
        env: { ...process.env, ...project.env },
      }),
    );
    const fromFile = await project.cli(["plan", "--stack", "v2", "--cwd", project.dir, "--from", saved]);
    expect(fromFile.stdout).toBe(direct.stdout);
    const broken = await plan("v2", edit(v2, "hook", { url: "not an address" }));
    expect(broken.code).toBe(1);
    expect(broken.stderr).toContain("the preview of stack v2 failed, so there is no plan");
    expect(broken.stderr).toContain("url");
  }, 300_000);

  it("plan, fleet preview and fleet up run the package's policy pack: a rule refuses, its parameter allows", async () => {
    await deployed();
    const pack = path.resolve(__dirname, "../../node_modules/pulumi-livechat/policy");
    const fs = await import("fs");
    const config = (domains: string[]) => {
      const file = path.join(project.dir, `policy-${domains.length}.json`);
      fs.writeFileSync(
        file,
        JSON.stringify({ "webhook-url": { enforcementLevel: "mandatory", allowedDomains: domains } }),
      );
      return file;
    };
    const strict = ["--policy-pack", pack, "--policy-pack-config", config(["example.com"])];
    const allowing = ["--policy-pack", pack, "--policy-pack-config", config(["example.com", "example.net"])];
    const refused = "url's host collector.example.net is on none of the allowed domains (example.com)";
    const changed = edit(v2, "hook", { url: "https://collector.example.net/in" });

    const planned = await plan("v2", changed, ...strict);
    expect(planned.code).toBe(1);
    expect(planned.stderr).toContain(refused);
    expect((await plan("v2", changed, ...allowing)).code).toBe(2);

    const preview = await project.cli(["fleet", "preview", "v2", "--cwd", project.dir, ...strict]);
    expect(preview.code).toBe(1);
    expect(preview.stdout).toMatch(/^v2\s+FAILED/m);
    expect(preview.stdout).toContain(refused);
    const up = await project.cli(["fleet", "up", "v2", "--yes", "--cwd", project.dir, ...strict]);
    expect(up.code).toBe(1);
    expect(up.stdout).toContain(refused);
    expect(emulators[0].state().webhooks).toEqual([
      expect.objectContaining({ url: "https://hooks.example.com/chats" }),
    ]);
    const allowed = await project.cli(["fleet", "up", "v2", "--yes", "--cwd", project.dir, ...allowing]);
    expect(allowed.code).toBe(0);
    expect(emulators[0].state().webhooks).toEqual([
      expect.objectContaining({ url: "https://collector.example.net/in" }),
    ]);
    const drift = await project.cli(["fleet", "drift", "v2", "--cwd", project.dir, ...strict]);
    expect(drift).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("--policy-pack runs with previews"),
    });
  }, 600_000);
});
