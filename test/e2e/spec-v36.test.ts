import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";
import { parse, stringify } from "yaml";
import { LiveChatClient } from "../../src/client";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import type { DriftReport } from "../../src/tools/report";
import { v36ChangesOf } from "./helpers/events";
import { madeOrDeleted } from "./helpers/livechat";
import { step } from "./helpers/steps";
import { openRootProject, type RootProject } from "./fixtures/tools/project";

// An account spec moved from v2 to v3.6 section by section, the way docs/migration.md tells: export the account
// as a v3.6 spec (`export --api v3.6`), apply it, and nothing in the account is deleted or made again. Then the
// tools on a v3.6 spec: drift names the v3.6 resource's field, and the unmanaged listing shows v3.6-only objects.

const V2_SPEC = `
groups:
  - { name: Sales, language: de }
  - { name: Support }
agents:
  - { login: jenny@example.com, name: Jenny Doe, permission: administrator, groups: [Sales] }
greetings:
  - name: Hello
    group: Support
    message: Hi there
    rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }]
tags:
  - { name: vip, group: Sales }
  - { name: vip, group: Support }
goals:
  - { name: Sign-ups, type: url, url: https://example.com/thanks }
`;

describe("an account spec on the Configuration API v3.6", () => {
  let emulator: RunningEmulator;
  let project: RootProject;
  let stack: Stack;
  let api: LiveChatClient;
  const specFile = () => path.join(project.dir, "dev.yaml");

  beforeAll(async () => {
    emulator = await startEmulator();
    project = openRootProject();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spec-v36-")), "v2.yaml");
    fs.writeFileSync(file, V2_SPEC);
    stack = await project.createStack("dev", file, emulator, { "livechat:accountId": emulator.accountId });
    const up = await stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 8 }); // and the stack
    const { login, pat } = emulator.credentials;
    api = new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId: emulator.accountId });
  }, 300_000);
  afterAll(async () => {
    await project?.cleanup();
    await emulator?.stop();
  });

  /** The account exported as a v3.6 spec, which the stack then applies: what each step saw and did. */
  const takenOver = step(async () => {
    const before = emulator.state() as unknown as Record<string, Record<string, unknown>[]>;
    const exported = await project.cli([
      "export",
      ...["--api", "v3.6", "--stack", "dev", "--cwd", project.dir, "--out", specFile()],
    ]);
    const spec = parse(fs.readFileSync(specFile(), "utf8"));
    emulator.clearRequests();
    const events: EngineEvent[] = [];
    const up = await stack.up({ onEvent: (e) => events.push(e) });
    return { before, exported, spec, events, up, writes: madeOrDeleted(emulator) };
  });
  /** Then bots and auto accesses added to that spec, by group name, and applied. */
  const v36Only = step(async () => {
    await takenOver();
    const spec = parse(fs.readFileSync(specFile(), "utf8"));
    spec.bots = [
      { ownerClientId: "client-one", name: "Greeter", groups: [{ groupId: "Sales", priority: "first" }] },
    ];
    spec.autoAccesses = [
      {
        description: "German shop",
        groups: ["Sales"],
        conditions: { domain: { values: [{ value: "shop.de" }] } },
      },
    ];
    fs.writeFileSync(specFile(), stringify(spec));
    return stack.up();
  });

  it("takes a v2 stack over from its v3.6 export without deleting or making any object", async () => {
    const { before, exported, spec, events, up, writes } = await takenOver();
    expect(exported.stderr).not.toContain("left out");
    expect(exported.code).toBe(0);
    expect(spec).toMatchObject({ adopt: true, api: "v3.6" });
    expect(spec.agents).toEqual([
      expect.objectContaining({
        agentId: "jenny@example.com",
        role: "administrator",
        groups: expect.arrayContaining([{ groupId: "Sales", priority: "normal" }]),
      }),
    ]);
    expect(spec.tags).toEqual([{ name: "vip", groupIds: expect.arrayContaining(["Sales", "Support"]) }]);
    expect(spec.goals).toEqual([expect.objectContaining({ name: "Sign-ups" })]); // v2 only: stays v2

    // Groups, the agent and the greeting are taken over in place (aliases from the v2 types); the v3.6 tag
    // adopts the tag of both groups, and the two v2 tag resources leave the stack without deleting it.
    expect(up.summary.resourceChanges).toEqual({ update: 4, create: 1, delete: 2, same: 2 });
    expect(v36ChangesOf(events)).toEqual({
      "group-sales": "update",
      "group-support": "update",
      "agent-jenny@example.com": "update",
      "greeting-support-hello": "update",
      "tag-vip": "create",
    });
    expect(writes).toEqual([]);
    const after = emulator.state() as unknown as Record<string, Record<string, unknown>[]>;
    for (const section of ["groups", "agents", "greetings", "tags", "goals"])
      expect({ section, objects: after[section] }).toEqual({ section, objects: before[section] });

    const types = (await stack.exportStack()).deployment.resources.map((r: { type: string }) => r.type);
    expect(types.filter((t: string) => /livechat:(Group|Agent|Greeting|Tag)$/.test(t))).toEqual([]);
    const preview = await stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 7 });
  }, 600_000);

  it("declares the objects only v3.6 has from their own sections, group names resolved in list items", async () => {
    const up = await v36Only();
    expect(up.summary.resourceChanges).toEqual({ create: 2, same: 7 });
    const sales = (await api.action<{ id: number; name: string }[]>("list_groups", {})).find(
      (g) => g.name === "Sales",
    )!;
    const bots = await api.action<{ name: string; groups?: { id: number; priority: string }[] }[]>(
      "list_bots",
      {
        all: true,
        fields: ["groups"],
      },
    );
    expect(bots.find((b) => b.name === "Greeter")?.groups).toEqual(
      expect.arrayContaining([{ id: sales.id, priority: "first" }]),
    );
    const rules = await api.action<{ description: string; access: { groups: number[] } }[]>(
      "list_auto_accesses",
      {},
    );
    expect(rules.map((r) => [r.description, r.access.groups])).toEqual([["German shop", [sales.id]]]);
    const preview = await stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 9 });
  }, 300_000);

  it("reports drift of a v3.6 field, and lists the v3.6-only objects nobody manages", async () => {
    await v36Only();
    await api.action("update_agent", { id: "jenny@example.com", role: "normal" });
    await api.action("create_bot", { name: "Helper", owner_client_id: "client-one" });
    const drift = await project.cli([
      "drift",
      "--stack",
      "dev",
      "--cwd",
      project.dir,
      "--json",
      "--unmanaged",
    ]);
    expect(drift.code).toBe(2);
    const report = JSON.parse(drift.stdout) as DriftReport;
    expect(report.resources).toEqual([
      expect.objectContaining({
        type: "v36.Agent",
        change: "update",
        fields: [{ field: "role", code: "administrator", account: "normal" }],
      }),
    ]);
    expect(report.unmanaged!["v36.Bot"]).toEqual([
      { id: expect.any(String), name: expect.stringMatching(/^Helper/) },
    ]);
    // The v3.6 resources manage the account's groups, agent, greeting and tag: none is listed as unmanaged. The
    // stack declares those sections with v3.6 only, so the listing reads them in v3.6's words, not v2's.
    for (const type of ["v36.Group", "v36.Agent", "v36.Greeting", "v36.Tag"])
      expect({ type, objects: report.unmanaged![type] }).toEqual({ type, objects: [] });
    for (const type of ["Group", "Agent", "Greeting", "Tag"])
      expect(report.unmanaged).not.toHaveProperty(type);
  }, 300_000);
});
