import * as fs from "fs";
import * as path from "path";
import { parse } from "yaml";
import { startEmulator, type RunningEmulator, type WireState } from "../../src/emulator";
import { loadSpec, type AgentEntry } from "../../src/account";
import { step } from "./helpers/steps";
import { openRootProject, type RootProject } from "./fixtures/tools/project";

// `livechat-pulumi export` as a real process: a varied account exported, then applied with the root program
// to the same account (adoption, no change) and to an empty license (the same configuration).

const ACCOUNT = path.join(__dirname, "fixtures/tools/account.json");

type Wire = Record<string, unknown>;

/**
 * What the configuration of an account is, whatever license holds it: group ids replaced by group names,
 * and what the server assigns left out (ids, dates, tokens, counts, presence), in a stable order.
 */
function configurationOf(state: WireState): Record<string, unknown[]> {
  const groups = state.groups as Wire[];
  const name = (id: unknown) => groups.find((g) => g.id === Number(id))?.name ?? `#${id}`;
  const without = (o: Wire, keys: string[]) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !keys.includes(k)));
  const sorted = (list: Wire[]) => list.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  return {
    groups: sorted(
      groups.map((g) => ({
        ...without(g, ["id", "status"]),
        agents: [...((g.agents as string[]) ?? [])].sort(),
      })),
    ),
    agents: sorted(
      (state.agents as Wire[]).map((a) => ({
        ...without(a, ["avatar", "status", "last_logout"]),
        groups: (a.groups as Wire[]).map((g) => g.name).sort(),
      })),
    ),
    goals: sorted((state.goals as Wire[]).map((g) => without(g, ["id"]))),
    greetings: sorted(
      (state.greetings as Wire[]).map((g) => ({
        ...without(g, ["id"]),
        group: name(g.group),
        rules: (g.rules as Wire[]).map((r) => without(r, ["id"])),
      })),
    ),
    tags: sorted(
      (state.tags as Wire[]).map((t) => ({
        ...without(t, ["creation_date", "count"]),
        group: name(t.group),
      })),
    ),
    canned_responses: sorted(
      (state.canned_responses as Wire[]).map((c) => ({
        ...without(c, ["id", "creation_date", "modification_date", "modified_by"]),
        group: name(c.group),
        tags: [...(c.tags as string[])].sort(),
      })),
    ),
    webhooks: sorted((state.webhooks as Wire[]).map((w) => without(w, ["id", "token", "verified"]))),
  };
}

/** A spec's entries in a stable order, without the `key`s that tell same-named entries apart by position. */
function unordered(text: string): Record<string, unknown> {
  const spec = parse(text) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(spec).map(([section, entries]) =>
      Array.isArray(entries)
        ? [section, entries.map(({ key: _key, ...e }) => JSON.stringify(e)).sort()]
        : [section, entries],
    ),
  );
}

describe("livechat-pulumi export", () => {
  let source: RunningEmulator;
  let project: RootProject;
  let file: string;
  const exportFrom = (emulator: RunningEmulator, args: string[] = [], pat = emulator.credentials.pat) =>
    project.cli(["export", "--api-url", emulator.url, "--login", emulator.credentials.login, ...args], {
      LIVECHAT_PAT: pat,
    });

  beforeAll(async () => {
    source = await startEmulator();
    source.seed(JSON.parse(fs.readFileSync(ACCOUNT, "utf8")));
    project = openRootProject();
    file = path.join(project.dir, "account.yaml");
  }, 60_000);
  afterAll(async () => {
    await project?.cleanup();
    await source?.stop();
  });

  /** The account exported to `file`: the run, the file's text, and the account as it was before. */
  const exportedToFile = step(async () => {
    const before = source.state();
    const run = await exportFrom(source, ["--out", file]);
    return { before, run, exported: fs.readFileSync(file, "utf8") };
  });

  it("writes the whole account as a spec the root program accepts, showing progress", async () => {
    const {
      before,
      run: { code, stdout, stderr },
      exported,
    } = await exportedToFile();
    expect(code).toBe(0);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toEqual([
      "reading groups… 4",
      "reading agents… 5",
      "reading goals… 5",
      "reading greetings… 4",
      "reading tags… 4",
      "reading canned responses… 3",
      "reading webhooks… 2",
      // The login's PAT reads v2 only: bots and auto accesses need the Account ID too.
      "warning: left out auto accesses, bots: they are read with the Configuration API v3.6, which needs " +
        "livechat:accountId (LIVECHAT_ACCOUNT_ID) beside the Personal Access Token, or an OAuth token",
      `wrote ${file}`,
      "",
    ]);
    const spec = loadSpec(file);
    expect(spec.adopt).toBe(true);
    // The owner and group 0 are in every account; the rest is all there, groups referred to by name.
    expect((spec.agents as AgentEntry[]).map((a) => a.login)).toEqual([
      "jenny@example.com",
      "john@example.com",
      "ann@example.com",
      "max@example.com",
    ]);
    expect(spec.groups!.map((g) => g.name)).toEqual(["Sales", "Support", "Night shift"]);
    expect(spec.agents![1]).toEqual({
      login: "john@example.com",
      name: "John Roe",
      groups: ["Sales", "Support"],
    });
    expect(spec.tags).toContainEqual({ name: "refund", group: "Support" });
    expect(spec.greetings!.filter((g) => g.name === "Returning visitor").map((g) => g.group)).toEqual([
      "Sales",
      "Support",
    ]);
    // No secret: webhook tokens and the credentials stay out; passwords are never returned by the API.
    for (const hook of source.state().webhooks as Wire[]) expect(exported).not.toContain(hook.token);
    expect(exported).not.toContain(source.credentials.pat);
    expect(exported).not.toMatch(/^\s*password:/m);
    // Reading changes nothing.
    expect(source.state()).toEqual(before);
    expect(source.requests().every((r) => r.method === "GET")).toBe(true);

    const toStdout = await exportFrom(source);
    expect(toStdout).toMatchObject({ code: 0, stdout: exported });
  }, 120_000);

  it("applied with adoption to the same account, takes everything over without a change", async () => {
    const { exported } = await exportedToFile();
    const stack = await project.createStack("same", file, source);
    const before = source.state();
    source.clearRequests();
    const up = await stack.up();
    expect(up.summary.resourceChanges).toEqual({ create: 26 }); // 25 adopted objects and the stack
    expect(source.requests().filter((r) => r.method !== "GET")).toEqual([]);
    expect(source.state()).toEqual(before);
    const preview = await stack.preview({ refresh: true, expectNoChanges: true });
    expect(preview.changeSummary).toEqual({ same: 26 });
    // The credentials can also come from a stack's config.
    const fromStack = await project.cli(["export", "--stack", "same", "--cwd", project.dir]);
    expect(fromStack).toMatchObject({ code: 0, stdout: exported });
  }, 300_000);

  it("applied to an empty license, reproduces the configuration", async () => {
    const { exported } = await exportedToFile();
    const target = await startEmulator();
    try {
      const stack = await project.createStack("copy", file, target);
      const up = await stack.up();
      expect(up.summary.resourceChanges).toEqual({ create: 26 });
      expect(configurationOf(target.state())).toEqual(configurationOf(source.state()));
      const preview = await stack.preview({ refresh: true, expectNoChanges: true });
      expect(preview.changeSummary).toEqual({ same: 26 });
      // And the copy exports as the same spec, but for the order in which objects were created.
      const again = await exportFrom(target);
      expect(again.code).toBe(0);
      expect(unordered(again.stdout)).toEqual(unordered(exported));
    } finally {
      await target.stop();
    }
  }, 300_000);

  it("exits 1 with the API's reason, and never prints the credential, when the API refuses it", async () => {
    const wrongPat = "dal:wrong-pat-0123456789abcdef";
    const { code, stdout, stderr } = await exportFrom(source, [], wrongPat);
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("GET /groups failed: 401");
    expect(stderr).not.toContain("wrong-pat-0123456789abcdef");
  }, 60_000);

  it("exits 1 naming the variables to set when there are no credentials", async () => {
    const { code, stderr } = await project.cli(["export", "--api-url", source.url]);
    expect(code).toBe(1);
    expect(stderr).toContain("LIVECHAT_PAT");
  }, 60_000);
});
