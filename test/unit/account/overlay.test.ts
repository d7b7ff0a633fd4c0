import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadSpecWithOverlay, mergeOverlay } from "../../../src/account/overlay";
import { readSource } from "../../../src/account/overlay-source";
import { SpecError } from "../../../src/account/problems";

// A base spec plus a per-stack overlay: merged before validation, every problem told at its own file:line.

const BASE = `groups:
  - name: Sales
  - name: Helpdesk
agents:
  - login: jenny@example.com
    name: Jenny Doe
    jobTitle: Team Lead
    groups: [Sales]
tags:
  - { name: vip, group: Sales }
  - { name: vip, group: Helpdesk }
webhooks:
  - url: https://hooks.example.com/livechat
    eventType: chat_started
    dataTypes: [chat]
`;

const merge = (overlay: string) =>
  mergeOverlay(readSource("account.yaml", BASE), readSource("overlays/eu.yaml", overlay));

/** The problems' lines as the error prints them. */
function problemsOf(overlay: string): string[] {
  try {
    merge(overlay);
  } catch (e) {
    if (e instanceof SpecError)
      return e.message
        .split("\n")
        .slice(1)
        .map((l) => l.trim());
    throw e;
  }
  throw new Error("expected a SpecError");
}

describe("spec overlays", () => {
  it("pick a v3.6 section's entries by that generation's natural key", () => {
    const base = [
      "api: { agents: v3.6 }",
      "groups: [{ name: Sales }]",
      "agents: [{ agentId: jenny@example.com, name: Jenny, groups: [{ groupId: Sales, priority: first }] }]",
    ].join("\n");
    const overlay = "agents:\n  change:\n    - { match: JENNY@example.com, role: viceowner }\n";
    const { spec } = mergeOverlay(readSource("account.yaml", base), readSource("overlays/eu.yaml", overlay));
    expect(spec.agents).toEqual([
      expect.objectContaining({ agentId: "jenny@example.com", role: "viceowner" }),
    ]);
  });

  it("adds, changes and leaves out entries; the rest of the base stays as it is", () => {
    const { spec, changes } = merge(`# the EU license
webhooks:
  change:
    - match: https://hooks.example.com/livechat
      url: https://eu.hooks.example.com/livechat
agents:
  add:
    - login: eu.lead@example.com
      name: EU Lead
      groups: [Sales]
  change:
    - match: JENNY@example.com   # logins ignore case
      jobTitle: null             # back to the default
tags:
  remove:
    - { name: vip, group: Helpdesk }
groups:
  remove: [Helpdesk]
`);
    expect(spec.groups).toEqual([{ name: "Sales" }]);
    expect(spec.agents).toEqual([
      { login: "jenny@example.com", name: "Jenny Doe", groups: ["Sales"] },
      { login: "eu.lead@example.com", name: "EU Lead", groups: ["Sales"] },
    ]);
    expect(spec.tags).toEqual([{ name: "vip", group: "Sales" }]);
    expect(spec.webhooks![0].url).toBe("https://eu.hooks.example.com/livechat");
    expect(changes).toEqual([
      'webhooks: changes "https://hooks.example.com/livechat" (url)',
      'agents: changes "jenny@example.com" (jobTitle)',
      'agents: adds "eu.lead@example.com"',
      'tags: leaves out "vip"',
      'groups: leaves out "Helpdesk"',
    ]);
  });

  it("an empty overlay is the base spec; top-level adopt is overridden", () => {
    expect(merge("").spec).toEqual(merge("# nothing\n").spec);
    expect(merge("adopt: true\n").spec.adopt).toBe(true);
  });

  it("names it cannot resolve and shapes it does not take are errors at the overlay's lines", () => {
    expect(
      problemsOf(`agents:
  change:
    - match: nobody@example.com
      name: X
  remove: [jenny@example.com]
tags:
  remove: [vip]
  rename: []
goals: []
widgets:
  add: []
`),
    ).toEqual([
      'overlays/eu.yaml:3 agents.change[0].match: no entry of agents in account.yaml has login (or key) "nobody@example.com"',
      'overlays/eu.yaml:8 tags.rename: unknown; a section of an overlay takes "add", "change" and "remove"',
      "overlays/eu.yaml:7 tags.remove[0]: matches 2 entries of tags (account.yaml lines 10, 11); pick one with { name, group }",
      'overlays/eu.yaml:9 goals: must be a mapping with "add", "change" and/or "remove" lists',
      "overlays/eu.yaml:11 widgets: unknown section; an overlay has adopt and the spec's sections: groups, agents, goals, greetings, tags, cannedResponses, webhooks, autoAccesses, licenseProperties, groupProperties, bots, webhookStates",
    ]);
    expect(problemsOf("agents:\n  remove: [jenny@example.com, jenny@example.com]\n")).toEqual([
      "overlays/eu.yaml:2 agents.remove[1]: picks the same entry as agents.remove[0]; one change per entry",
    ]);
    expect(problemsOf("agents:\n  change:\n    - match: jenny@example.com\n")).toEqual([
      "overlays/eu.yaml:3 agents.change[0]: changes nothing; give the fields to set besides match",
    ]);
  });

  it("the merged spec is validated like a spec, each problem at the file and line that wrote it", () => {
    const lines = problemsOf(`agents:
  add:
    - login: not-an-email
      name: Max
  change:
    - match: jenny@example.com
      jobTitle: 42
groups:
  remove: [Sales]
`);
    expect(lines).toEqual([
      expect.stringMatching(
        /^account\.yaml:8 agents\[0\]\.groups\[0\]: no group named "Sales"; .*; the overlay leaves that group out \(overlays\/eu\.yaml:9\)$/,
      ),
      "overlays/eu.yaml:7 agents.change[0].jobTitle: must be a non-empty string, not a number; put the value in quotes",
      expect.stringMatching(/^overlays\/eu\.yaml:3 agents\.add\[0\]\.login: must be an e-mail address/),
      expect.stringMatching(/^account\.yaml:10 tags\[0\]\.group: no group named "Sales"/),
    ]);
    // An added entry that is already in the base: named at both places.
    expect(problemsOf("groups:\n  add:\n    - name: Sales\n")).toEqual([
      expect.stringMatching(
        /^overlays\/eu\.yaml:3 groups\.add\[0\]: describes the same LiveChat object as groups\[0\] \(account\.yaml:2\)/,
      ),
    ]);
  });

  it("reads the files a stack names; without an overlay it is the plain spec", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "overlay-"));
    try {
      fs.writeFileSync(path.join(dir, "account.yaml"), BASE);
      fs.writeFileSync(path.join(dir, "eu.yaml"), "groups:\n  add: [{ name: Europe }]\n");
      const base = loadSpecWithOverlay(path.join(dir, "account.yaml"));
      expect(base.groups).toHaveLength(2);
      const eu = loadSpecWithOverlay(path.join(dir, "account.yaml"), path.join(dir, "eu.yaml"));
      expect(eu.groups!.map((g) => g.name)).toEqual(["Sales", "Helpdesk", "Europe"]);
      expect(() =>
        loadSpecWithOverlay(path.join(dir, "account.yaml"), path.join(dir, "missing.yaml")),
      ).toThrow(/missing\.yaml has 1 problem:\n.*\(file\): cannot be read/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
