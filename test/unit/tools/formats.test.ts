import { formatMarkdown } from "../../../src/tools/format-markdown";
import { formatText } from "../../../src/tools/format-text";
import type { DriftReport } from "../../../src/tools/report";

const urn = (type: string, name: string) =>
  `urn:pulumi:dev::p::pulumi-nodejs:dynamic/livechat:${type}::${name}`;

const report: DriftReport = {
  stack: "dev",
  drift: true,
  checked: 9,
  resources: [
    {
      type: "Agent",
      name: "agent-jenny@example.com",
      urn: urn("Agent", "agent-jenny@example.com"),
      change: "update",
      fields: [
        { field: "jobTitle", code: "Team Lead", account: "Intern" },
        { field: "password", code: "[secret]", account: "[secret]" },
      ],
    },
    {
      type: "Webhook",
      name: "hook",
      urn: urn("Webhook", "hook"),
      change: "replace",
      fields: [{ field: "dataTypes", code: ["chat"], account: ["chat", "visitor"] }],
    },
    {
      type: "Greeting",
      name: "hi",
      urn: urn("Greeting", "hi"),
      change: "update",
      fields: [{ field: "message", code: "a | b", account: null }],
    },
    { type: "Tag", name: "tag-0-vip", urn: urn("Tag", "tag-0-vip"), change: "deleted", fields: [] },
    { type: "Tag", name: "tag-0-new", urn: urn("Tag", "tag-0-new"), change: "added", fields: [] },
  ],
};

describe("the text report", () => {
  it("prints one line per field, and a sentence for whole objects", () => {
    expect(formatText(report)).toBe(
      [
        "Drift in stack dev: 5 of 9 resources differ from the account.",
        'Agent agent-jenny@example.com  jobTitle: code "Team Lead", account "Intern"',
        "Agent agent-jenny@example.com  password: code [secret], account [secret]",
        'Webhook hook  dataTypes: code ["chat"], account ["chat","visitor"] (applying the code replaces it)',
        'Greeting hi  message: code "a | b", account (unset)',
        "Tag tag-0-vip was deleted in the account",
        "Tag tag-0-new is in the code but not in the account (never deployed)",
        "",
      ].join("\n"),
    );
  });

  it("says there is no drift, and lists unmanaged objects when asked", () => {
    const clean: DriftReport = {
      stack: "dev",
      drift: true,
      checked: 1,
      resources: [],
      unmanaged: { Tag: [{ id: "0:x", name: "x" }], Goal: [] },
    };
    expect(formatText(clean)).toBe(
      [
        "No drift: the account matches the code of stack dev (1 resource checked).",
        "",
        "Objects in the account that the stack does not manage (1):",
        "Tag x  (id 0:x)",
        "",
      ].join("\n"),
    );
  });
});

describe("the Markdown report", () => {
  it("is a heading and a table whose cells survive pipes and backticks", () => {
    const md = formatMarkdown(report).split("\n");
    expect(md.slice(0, 5)).toEqual([
      "## LiveChat drift: stack `dev`",
      "",
      "**5 of 9 resources differ from the account.** Apply the code to restore them, or change the code to keep what the account has.",
      "",
      "| Resource | Change | Field | In the code | In the account |",
    ]);
    expect(md).toContain(
      '| Agent `agent-jenny@example.com` | update | `jobTitle` | `"Team Lead"` | `"Intern"` |',
    );
    expect(md).toContain('| Webhook `hook` | replace | `dataTypes` | `["chat"]` | `["chat","visitor"]` |');
    expect(md).toContain('| Greeting `hi` | update | `message` | `"a \\| b"` | `(unset)` |');
    expect(md).toContain("| Tag `tag-0-vip` | deleted | _was deleted in the account_ |  |  |");
    const ticks = formatMarkdown({
      ...report,
      resources: [{ ...report.resources[2], fields: [{ field: "message", code: "use `x`", account: "y" }] }],
    });
    expect(ticks).toContain('| `` "use `x`" `` |');
  });

  it("has a section for unmanaged objects", () => {
    const md = formatMarkdown({
      stack: "dev",
      drift: false,
      checked: 3,
      resources: [],
      unmanaged: { Tag: [] },
    });
    expect(md).toContain("No drift: the account matches the code (3 resources checked).");
    expect(md).toContain(
      "### Objects in the account that the stack does not manage (0)\n\nNone: every object",
    );
  });
});

describe("notices of a retiring API version", () => {
  const notice =
    "LiveChat Configuration API v2 is deprecated until 2026-12-31 (the server's Deprecation header); move ...";
  const report: DriftReport = { stack: "prod", drift: false, checked: 3, resources: [], notices: [notice] };

  it("are shown after the text report, and do not make it drift", () => {
    expect(formatText(report)).toBe(
      `No drift: the account matches the code of stack prod (3 resources checked).\n\nNote: ${notice}\n`,
    );
  });

  it("are a quoted note in the Markdown report", () => {
    expect(formatMarkdown(report)).toContain(`> **Note:** ${notice}\n`);
  });
});
