import * as fs from "fs";
import * as path from "path";
import type { Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../../src/client";
import { startEmulator, type RunningEmulator } from "../../src/emulator";
import type { DriftReport } from "../../src/tools/report";
import { cliWithProbe, openRootProject, type RootProject } from "./fixtures/tools/project";

// `livechat-pulumi drift` as a real process against a stack of the root program on the emulator: the exit
// code tells no drift (0), drift (2) and a failed check (1) apart, and the report names every field.

const SPEC = path.join(__dirname, "fixtures/tools/drift.yaml");
const JENNY_PASSWORD = "jenny-secret-password";
const MAX_PASSWORD = "max-secret-password";

describe("livechat-pulumi drift", () => {
  let emulator: RunningEmulator;
  let project: RootProject;
  let stack: Stack;
  let api: LiveChatClient;
  const drift = (...args: string[]) =>
    project.cli(["drift", "--stack", "dev", "--cwd", project.dir, ...args]);
  const resources = async () => (await stack.exportStack()).deployment.resources;
  /** Nothing the tool prints may contain a secret. */
  const expectNoSecrets = (text: string) => {
    for (const secret of [JENNY_PASSWORD, MAX_PASSWORD, "new-max-password", emulator.credentials.pat])
      expect(text).not.toContain(secret);
  };

  beforeAll(async () => {
    emulator = await startEmulator();
    project = openRootProject();
    stack = await project.createStack("dev", SPEC, emulator, {
      jennyPassword: JENNY_PASSWORD,
      maxPassword: MAX_PASSWORD,
    });
    const up = await stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 8 });
    const { login, pat } = emulator.credentials;
    api = new LiveChatClient({ apiUrl: emulator.url, login, pat, retry: { retries: 0 } });
  }, 300_000);
  afterAll(async () => {
    await project?.cleanup();
    await emulator?.stop();
  });

  it("exits 0 when the account matches the code, and changes neither the state nor the account", async () => {
    const before = await resources();
    emulator.clearRequests();
    const text = await drift();
    expect(text).toMatchObject({ code: 0 });
    expect(text.stdout).toBe(
      "No drift: the account matches its last deployment of stack dev (7 resources checked).\n",
    );
    expect(text.stderr).toContain("comparing it with its last deployment");
    const preview = await drift("--preview");
    expect(preview).toMatchObject({ code: 0 });
    expect(preview.stdout).toBe(
      "No drift: the account matches the code of stack dev (7 resources checked).\n",
    );
    expect(preview.stderr).toContain("refreshing stack dev");

    // Asked for, unmanaged objects: none, since the owner and group 0 are never listed.
    const json = await drift("--json", "--unmanaged");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout) as DriftReport;
    expect(report).toMatchObject({ stack: "dev", drift: false, checked: 7, resources: [] });
    expect(Object.values(report.unmanaged!).flat()).toEqual([]);

    expect(await resources()).toEqual(before);
    expect(emulator.requests().filter((r) => r.method !== "GET")).toEqual([]);
  }, 300_000);

  it("against the last deployment, loads no Pulumi SDK: `pulumi` commands read the stack", async () => {
    const { code, stdout, pulumiModules } = await cliWithProbe(project, [
      "drift",
      "--stack",
      "dev",
      "--cwd",
      project.dir,
    ]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: expect.stringMatching(/^No drift/) });
    // The Automation API brings TypeScript and gRPC: 60 MB and 0.3 s for every check (bench/drift.js).
    expect(pulumiModules).toEqual([]);
    // The preview path does load it: the hook sees what a run loads.
    const preview = await cliWithProbe(project, [
      "drift",
      "--stack",
      "dev",
      "--cwd",
      project.dir,
      "--preview",
    ]);
    expect(preview.code).toBe(0);
    expect(preview.pulumiModules).toContainEqual(expect.stringContaining("@pulumi/pulumi/automation"));
  }, 300_000);

  describe("a check that cannot run exits 1, never 2", () => {
    it("a stack that does not exist", async () => {
      const { code, stdout, stderr } = await project.cli(["drift", "--stack", "nope", "--cwd", project.dir]);
      expect(code).toBe(1);
      expect(stdout).toBe("");
      expect(stderr).toContain("stack nope does not exist");
    }, 120_000);

    it("a folder that is not a Pulumi project", async () => {
      const { code, stderr } = await project.cli([
        "drift",
        "--stack",
        "dev",
        "--cwd",
        path.dirname(SPEC) + "/nowhere",
      ]);
      expect(code).toBe(1);
      expect(stderr).toContain("is not a Pulumi project");
    }, 120_000);

    it("credentials the API refuses: the check fails, and the message says why without the token", async () => {
      const wrongPat = "dal:wrong-pat-0123456789abcdef";
      await stack.setConfig("livechat:pat", { value: wrongPat, secret: true });
      // A refresh uses the credentials saved by the last update: an update with no changes saves them.
      await stack.up();
      try {
        for (const args of [
          ["--preview"],
          ["--json", "--preview"],
          ["--markdown", "--unmanaged", "--preview"],
        ]) {
          const { code, stdout, stderr } = await drift(...args);
          expect(code).toBe(1);
          expect(stdout).toBe("");
          expect(stderr).toContain("the preview of stack dev failed, so drift could not be checked");
          expect(stderr).toMatch(/401/);
          expect(stderr).toContain("run `pulumi up` once to save the new ones");
          expect(stderr).not.toContain("wrong-pat-0123456789abcdef");
        }
        // Against the last deployment, the account is read with the stack's config as it is now.
        for (const args of [[], ["--json"], ["--markdown", "--unmanaged"]]) {
          const { code, stdout, stderr } = await drift(...args);
          expect(code).toBe(1);
          expect(stdout).toBe("");
          expect(stderr).toContain(
            "the account of stack dev could not be read, so drift could not be checked",
          );
          expect(stderr).toMatch(/401/);
          expect(stderr).toContain("credentials of the stack's config");
          expect(stderr).not.toContain("wrong-pat-0123456789abcdef");
        }
      } finally {
        await stack.setConfig("livechat:pat", { value: emulator.credentials.pat, secret: true });
        await stack.up();
      }
    }, 300_000);

    it("a program that fails: against the code, the spec's own error, not a drift report", async () => {
      const file = path.join(project.dir, "dev.yaml");
      const good = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, good.replace("jobTitle: Team Lead", "jobTitle: 42"));
      try {
        const { code, stdout, stderr } = await drift("--json", "--preview");
        expect(code).toBe(1);
        expect(stdout).toBe("");
        expect(stderr).toMatch(/dev\.yaml:\d+ agents\[0\]\.jobTitle: must be a non-empty string/);
        // Against the last deployment, the account has not drifted; the report says the spec changed since.
        const deployed = await drift("--json");
        expect(deployed.code).toBe(0);
        expect(JSON.parse(deployed.stdout)).toMatchObject({
          drift: false,
          comparedWith: "deployment",
          codeChanged: true,
        });
      } finally {
        fs.writeFileSync(file, good);
      }
    }, 120_000);

    it("a spec changed since the last deployment: said in the report, which compares with what was deployed", async () => {
      const file = path.join(project.dir, "dev.yaml");
      const good = fs.readFileSync(file, "utf8");
      fs.writeFileSync(file, good.replace("jobTitle: Team Lead", "jobTitle: Head of Support"));
      try {
        const text = await drift();
        expect(text.code).toBe(0);
        expect(text.stdout).toContain("No drift: the account matches its last deployment of stack dev");
        expect(text.stdout).toContain(
          "Note: The spec changed since the last deployment: this report compares the account with what was deployed.",
        );
        expect(text.stdout).toContain("`pulumi preview` shows what applying the spec would change");
        const json = JSON.parse((await drift("--json")).stdout) as DriftReport;
        expect(json).toMatchObject({ drift: false, codeChanged: true });
        // The same spec as deployed again: nothing to say.
        fs.writeFileSync(file, good);
        expect(JSON.parse((await drift("--json")).stdout)).toMatchObject({ codeChanged: false });
        expect((await drift()).stdout).not.toContain("Note:");
      } finally {
        fs.writeFileSync(file, good);
      }
    }, 120_000);

    it("a missing --stack is a usage error", async () => {
      const { code, stderr } = await project.cli(["drift", "--cwd", project.dir]);
      expect(code).toBe(1);
      expect(stderr).toContain("required option '--stack <name>' not specified");
    }, 60_000);
  });

  describe("after changes behind Pulumi's back", () => {
    let before: unknown;
    beforeAll(async () => {
      const groups = await api.request<{ id: number; name: string }[]>("GET", "/groups");
      const sales = groups.find((g) => g.name === "Sales")!;
      await api.request("PUT", `/groups/${sales.id}`, { body: { language: "de" } });
      await api.request("PUT", "/agents/jenny@example.com", { body: { job_title: "Intern" } });
      const [canned] = await api.request<{ id: number }[]>("GET", "/canned_responses");
      await api.request("PUT", `/canned_responses/${canned.id}`, { body: { tags: ["bye", "hello"] } });
      await api.request("DELETE", "/tags/vip", { body: { group: sales.id } });
      // A change in the code's secret config: the report must say the field, never the value.
      await stack.setConfig("maxPassword", { value: "new-max-password", secret: true });
      before = await resources();
    }, 120_000);

    // By default the account is compared with the last deployment: the password changed in the stack's config
    // since is code not yet deployed, not drift of the account. With --preview the code is compared, and it shows.
    describe.each([
      ["its last deployment", [], 4, " (compared with its last deployment)"],
      ["the code (--preview)", ["--preview"], 5, ""],
    ] as const)("against %s", (_basis, flags, count, suffix) => {
      const withPassword = count === 5;
      it("exits 2 and prints one line per drifted field", async () => {
        const { code, stdout, stderr } = await drift(...flags);
        expect(code).toBe(2);
        expect(stdout.split("\n")).toEqual([
          `Drift in stack dev: ${count} of 7 resources differ from the account${suffix}.`,
          'Group group-sales  language: code "en", account "de"',
          'Agent agent-jenny@example.com  jobTitle: code "Team Lead", account "Intern"',
          ...(withPassword ? ["Agent agent-max@example.com  password: code [secret], account [secret]"] : []),
          "Tag tag-sales-vip was deleted in the account",
          expect.stringMatching(
            /^CannedResponse canned-0-thanks-for-reaching-out-\w+ {2}tags: code \["hello"\], account \["(hello|bye)","(hello|bye)"\]$/,
          ),
          "",
        ]);
        expect(stderr).toContain(
          withPassword ? "refreshing stack dev" : "comparing it with its last deployment",
        );
        expectNoSecrets(stdout + stderr);
      }, 300_000);

      it("prints the same report as JSON", async () => {
        const { code, stdout, stderr } = await drift("--json", ...flags);
        expect(code).toBe(2);
        const report = JSON.parse(stdout) as DriftReport;
        expect(report.drift).toBe(true);
        expect(report.unmanaged).toBeUndefined();
        expect(report.comparedWith).toBe(withPassword ? "code" : "deployment");
        // The root program records the spec it applied: the spec did not change, only a secret of the config.
        if (!withPassword) expect(report.codeChanged).toBe(false);
        const byName = Object.fromEntries(report.resources.map((r) => [r.name, r]));
        expect(Object.keys(byName)).toHaveLength(count);
        expect(byName["agent-jenny@example.com"]).toEqual({
          type: "Agent",
          name: "agent-jenny@example.com",
          urn: "urn:pulumi:dev::livechat-account::pulumi-nodejs:dynamic/livechat:Agent::agent-jenny@example.com",
          change: "update",
          fields: [{ field: "jobTitle", code: "Team Lead", account: "Intern" }],
        });
        expect(byName["group-sales"].fields).toEqual([{ field: "language", code: "en", account: "de" }]);
        if (withPassword)
          expect(byName["agent-max@example.com"].fields).toEqual([
            { field: "password", code: "[secret]", account: "[secret]" },
          ]);
        else expect(byName["agent-max@example.com"]).toBeUndefined();
        expect(byName["tag-sales-vip"]).toMatchObject({ type: "Tag", change: "deleted", fields: [] });
        const canned = report.resources.find((r) => r.type === "CannedResponse")!;
        expect(canned.fields).toEqual([
          { field: "tags", code: ["hello"], account: expect.arrayContaining(["hello", "bye"]) },
        ]);
        expectNoSecrets(stdout + stderr);
      }, 300_000);

      it("prints the same report as Markdown, for a job summary or a pull-request comment", async () => {
        const { code, stdout, stderr } = await drift("--markdown", ...flags);
        expect(code).toBe(2);
        const lines = stdout.split("\n");
        expect(lines[0]).toBe("## LiveChat drift: stack `dev`");
        expect(stdout).toContain(`**${count} of 7 resources differ from the account${suffix}.**`);
        expect(lines).toContain("| Resource | Change | Field | In the code | In the account |");
        expect(lines).toContain(
          '| Agent `agent-jenny@example.com` | update | `jobTitle` | `"Team Lead"` | `"Intern"` |',
        );
        expect(lines).toContain('| Group `group-sales` | update | `language` | `"en"` | `"de"` |');
        expect(
          lines.includes("| Agent `agent-max@example.com` | update | `password` | `[secret]` | `[secret]` |"),
        ).toBe(withPassword);
        expect(lines).toContain("| Tag `tag-sales-vip` | deleted | _was deleted in the account_ |  |  |");
        expectNoSecrets(stdout + stderr);
      }, 300_000);
    });

    it("with --unmanaged, also lists the objects the stack does not manage", async () => {
      await api.request("POST", "/goals", { body: { name: "Made by hand", type: "api" } });
      await api.request("POST", "/tags", { body: { tag: "by-hand", group: 0, author: "owner@example.com" } });
      const { code, stdout } = await drift("--json", "--unmanaged");
      expect(code).toBe(2);
      const report = JSON.parse(stdout) as DriftReport;
      expect(report.unmanaged).toEqual({
        Group: [],
        Agent: [],
        Goal: [{ id: expect.any(String), name: "Made by hand" }],
        Greeting: [],
        Tag: [{ id: "0:by-hand", name: "by-hand" }],
        CannedResponse: [],
        Webhook: [],
      });
      const text = await drift("--unmanaged");
      expect(text.stdout).toContain("Objects in the account that the stack does not manage (2):\n");
      expect(text.stdout).toContain("Tag by-hand  (id 0:by-hand)\n");
      const markdown = await drift("--markdown", "--unmanaged");
      expect(markdown.stdout).toContain("### Objects in the account that the stack does not manage (2)");
      expect(markdown.stdout).toContain("| Goal | Made by hand | `");
    }, 300_000);

    it("changes neither the stack's state nor the account", async () => {
      emulator.clearRequests();
      for (const format of [[], ["--json"], ["--markdown"], ["--json", "--unmanaged"], ["--preview"]])
        expect((await drift(...format)).code).toBe(2);
      // The reports only read the account, and left the state as it was before any of them.
      expect(emulator.requests().filter((r) => r.method !== "GET")).toEqual([]);
      expect(await resources()).toEqual(before);
      // So the drift is still there for a preview to see.
      const preview = await stack.preview({ refresh: true });
      expect(preview.changeSummary).toMatchObject({ update: 4, create: 1 });
    }, 300_000);
  });
});
