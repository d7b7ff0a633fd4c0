import * as fs from "fs";
import * as path from "path";
import { parseSpec } from "../../../src/account";
import { projectFiles } from "../../../src/tools/init";
import { mergeOverlay } from "../../../src/account/overlay";
import { readSource } from "../../../src/account/overlay-source";
import { againstOverlaySchema, againstSchema as valid } from "../../spec-schema";

// account.schema.json, as an editor uses it: the specs the project ships and writes validate, and bad specs
// fail it, as they fail the loader.
const root = path.join(__dirname, "../../..");

/** The files under `dir` (node_modules and dot folders left out) whose name `keep` keeps. */
function filesIn(dir: string, keep: (name: string, file: string) => boolean): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    if (e.isDirectory())
      return e.name === "node_modules" || e.name.startsWith(".") ? [] : filesIn(file, keep);
    return keep(e.name, file) ? [file] : [];
  });
}

const isOverlay = (name: string) => /\.overlay\.ya?ml$/.test(name);

/** Every spec file in the repository: the sample, examples and test fixtures. */
const specFiles = (dir: string) =>
  filesIn(
    dir,
    // Overlays (*.overlay.yaml) are not specs: they are merged into one (src/account/overlay.ts).
    (name, file) =>
      /\.ya?ml$/.test(name) &&
      !isOverlay(name) &&
      /^(api|groups|agents|adopt|objects|#)/m.test(fs.readFileSync(file, "utf8")),
  );

describe("the account spec's JSON Schema", () => {
  // Judged by the path inside the repository: a checkout's own folder may hold "ci/" (/builds/ci/...).
  const files = [...specFiles(path.join(root, "examples")), ...specFiles(path.join(root, "test"))].filter(
    (f) => !/Pulumi\.|\.github|workflows|ci\//.test(path.relative(root, f)),
  );

  it("finds the sample spec among the files it checks", () => {
    expect(files.map((f) => path.relative(root, f))).toContain("examples/account/account.yaml");
  });

  it.each(files.map((f) => [path.relative(root, f)]))("accepts %s, which the loader accepts", (file) => {
    const text = fs.readFileSync(path.join(root, file), "utf8");
    expect(() => parseSpec(text, file)).not.toThrow();
    expect(valid(text)).toBe("valid");
  });

  it("is named on the first line of the sample spec and of the spec init writes", () => {
    expect(fs.readFileSync(path.join(root, "examples/account/account.yaml"), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../account.schema.json",
    );
    const starter = projectFiles({ dir: "/tmp/x" })["account.yaml"];
    expect(starter.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./node_modules/pulumi-livechat/account.schema.json",
    );
    expect(valid(starter)).toBe("valid");
    // The path the sample names is the schema itself.
    expect(fs.existsSync(path.join(root, "examples/account", "../../account.schema.json"))).toBe(true);
  });

  it("is shipped in the package", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.files).toContain("account.schema.json");
  });

  it("accepts v3.6 sections, by name where v3.6 objects hold group ids in their list items", () => {
    const text = [
      "api: { agents: v3.6, tags: v3.6 }",
      "groups: [{ name: Sales }]",
      "agents:",
      "  - { agentId: a@b.io, name: A, groups: [{ groupId: Sales, priority: first }] }",
      "tags: [{ name: vip, groupIds: [Sales, 0] }]",
      "bots: [{ ownerClientId: c1, name: Helper, groups: [{ groupId: Sales, priority: normal }] }]",
    ].join("\n");
    expect(() => parseSpec(text, "account.yaml")).not.toThrow();
    expect(valid(text)).toBe("valid");
  });

  // Each is refused by the loader too; the schema says why where an editor can show it.
  it.each([
    ["an unknown section", "agent: []"],
    ["a section that is not a list", "groups: {name: Sales}"],
    ["an unknown field", "groups:\n  - name: Sales\n    colour: red"],
    ["a missing required field", "agents:\n  - name: Jenny"],
    ["a value of the wrong type", "agents:\n  - login: a@b.io\n    name: A\n    maxChatsCount: many"],
    ["a value outside its range", "agents:\n  - login: a@b.io\n    name: A\n    maxChatsCount: 5000"],
    ["a value not among the allowed ones", "agents:\n  - login: a@b.io\n    name: A\n    permission: boss"],
    ["a password written in the spec", "agents:\n  - login: a@b.io\n    name: A\n    password: hunter2"],
    ["a name with spaces around it", "groups:\n  - name: ' Sales'"],
    ["a name too long", `groups:\n  - name: ${"x".repeat(181)}`],
    [
      "an unknown notification",
      "agents:\n  - login: a@b.io\n    name: A\n    notifications: { newChat: true }",
    ],
    [
      "a day that is not a day",
      "agents:\n  - login: a@b.io\n    name: A\n    workScheduler: { funday: { enabled: true, start: '09:00', end: '17:00' } }",
    ],
    ["a greeting without rules", "greetings:\n  - name: Hi\n    rules: []"],
    [
      "a webhook without https or http",
      "webhooks:\n  - url: ftp://x.io\n    eventType: chat_started\n    dataTypes: [chat]",
    ],
    ["renamedFrom on a tag", "tags:\n  - name: vip\n    renamedFrom: VIP"],
    ["objects other than none", "objects: all\ngroups:\n  - name: Sales"],
    ["an api that is not a generation", "api: 3.6\ngroups:\n  - name: Sales"],
    ["api for a v2-only section", "api: { goals: v3.6 }\ngroups:\n  - name: Sales"],
    ["v2 fields in a section that follows v3.6", "api: v3.6\nagents:\n  - login: a@b.io\n    name: A"],
    [
      "v3.6 fields in a section that follows v2",
      "api: { tags: v2 }\ntags:\n  - name: vip\n    groupIds: [0]",
    ],
  ])("refuses %s", (_what, text) => {
    expect(() => parseSpec(text, "account.yaml")).toThrow();
    expect(valid(text)).not.toBe("valid");
  });
});

// overlay.schema.json: what an editor checks in a stack's overlay, and what the merge refuses too.
describe("the overlay's JSON Schema", () => {
  const BASE = [
    "groups: [{ name: Sales }, { name: Helpdesk }]",
    "agents: [{ login: jenny@example.com, name: Jenny, groups: [Sales] }]",
    "tags: [{ name: vip, group: Sales }, { name: vip, group: Helpdesk }]",
  ].join("\n");
  const merge = (text: string) =>
    mergeOverlay(readSource("account.yaml", BASE), readSource("eu.overlay.yaml", text));
  const overlays = filesIn(path.join(root, "test"), isOverlay);

  it.each(overlays.map((f) => [path.relative(root, f)]))("accepts %s", (file) => {
    expect(againstOverlaySchema(fs.readFileSync(path.join(root, file), "utf8"))).toBe("valid");
  });

  it("is named on the fixture's first line, and shipped in the package", () => {
    expect(overlays.length).toBeGreaterThan(0);
    for (const file of overlays)
      expect(fs.readFileSync(file, "utf8").split("\n")[0]).toBe(
        `# yaml-language-server: $schema=${path.relative(path.dirname(file), path.join(root, "overlay.schema.json"))}`,
      );
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.files).toContain("overlay.schema.json");
  });

  it("accepts adding, changing (null takes a field out) and removing, by name or by natural key", () => {
    const text = [
      "adopt: true",
      "agents:",
      "  add: [{ login: eu.lead@example.com, name: EU Lead, groups: [Sales] }]",
      "  change: [{ match: jenny@example.com, jobTitle: null, maxChatsCount: 3 }]",
      "tags:",
      "  remove: [{ name: vip, group: Helpdesk }]",
      "groups:",
      "  add: [{ name: Nordics }]",
    ].join("\n");
    expect(() => merge(text)).not.toThrow();
    expect(againstOverlaySchema(text)).toBe("valid");
  });

  // Each is refused by the merge too; the schema says why where an editor can show it.
  it.each([
    ["an unknown section", "agent: { add: [] }"],
    ["an unknown verb", "agents: { rename: [] }"],
    ["a change without match", "agents:\n  change: [{ jobTitle: Lead }]"],
    ["a change of nothing", "agents:\n  change: [{ match: jenny@example.com }]"],
    ["an added entry with an unknown field", "groups:\n  add: [{ name: Nordics, colour: red }]"],
    ["an added entry without its required field", "agents:\n  add: [{ name: EU Lead }]"],
    ["adopt that is not true or false", "adopt: sometimes"],
  ])("refuses %s", (_what, text) => {
    expect(() => merge(text)).toThrow();
    expect(againstOverlaySchema(text)).not.toBe("valid");
  });
});
