import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { loadSpec, parseSpec, SpecError } from "../../../src/account";
import { problemsOf } from "./problems";

// What keeps a spec from doing harm: a file cut short, two entries for one object, YAML that expands
// without end, bytes that are not UTF-8 text.

const NO_OBJECTS =
  "declares no objects: applying it would delete every object this stack manages. If the file was cut short, " +
  'restore it; to empty the account on purpose, write "objects: none" at the top.';

describe("a spec without objects", () => {
  it.each([
    ["an empty file", ""],
    ["only whitespace", "  \n\n   \n"],
    ["only comments", "# groups:\n#   - name: Sales\n"],
    ["empty sections", "groups: []\nagents: []\ntags:\n"],
    ["only adopt", "adopt: true\n"],
  ])("is refused: %s", (_what, text) => {
    expect(problemsOf(text)).toEqual([`- : ${NO_OBJECTS}`]);
    expect(() => parseSpec(text, "account.yaml")).toThrow(`account.yaml: ${NO_OBJECTS}`);
  });

  it('is accepted with "objects: none"', () => {
    expect(parseSpec("objects: none\n", "account.yaml")).toEqual({ objects: "none" });
    expect(parseSpec("objects: none\ngroups: []\n", "account.yaml")).toEqual({ objects: "none", groups: [] });
  });

  it.each([
    [
      "objects: all\ngroups:\n  - name: Sales",
      '1 objects: the only value is "none" (for a spec that empties the account on purpose); remove it otherwise',
    ],
    [
      "objects: none\ngroups:\n  - name: Sales",
      '1 objects: is "none" but the spec declares 1 object; remove "objects: none" or the entries',
    ],
  ])("refuses %j", (text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it("is refused by loadSpec too", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spec-")), "account.yaml");
    fs.writeFileSync(file, "\n");
    expect(() => loadSpec(file)).toThrow(NO_OBJECTS);
  });
});

describe("two entries for one LiveChat object", () => {
  it.each([
    [
      "groups with the same name, whatever their keys",
      "groups:\n  - name: Sales\n    key: sales-a\n  - name: Sales\n    key: sales-b",
      "4 groups[1]: describes the same LiveChat object as groups[0] (line 2): the same name. Remove one of the two entries, or tell them apart by name; a distinct key: does not make them two objects",
    ],
    [
      "agents whose logins differ in case only",
      "agents:\n  - login: jenny@example.com\n    name: Jenny\n  - login: Jenny@Example.com\n    name: Jenny\n    key: jenny-2",
      "4 agents[1]: describes the same LiveChat object as agents[0] (line 2): the same login (LiveChat logins ignore case). Remove one of the two entries, or tell them apart by login; a distinct key: does not make them two objects",
    ],
    [
      "a tag in group 0 given by default and by id",
      "tags:\n  - name: vip\n  - name: vip\n    group: 0\n    key: other",
      "3 tags[1]: describes the same LiveChat object as tags[0] (line 2): the same name in the same group (LiveChat trims the spaces around tag names). Remove one of the two entries, or tell them apart by name and group; a distinct key: does not make them two objects",
    ],
    [
      "webhooks whose urls differ in http and https",
      "webhooks:\n  - { url: https://x.io/h, eventType: chat_started, dataTypes: [chat] }\n  - { url: http://x.io/h, eventType: chat_started, dataTypes: [chat], key: w2 }",
      "3 webhooks[1]: describes the same LiveChat object as webhooks[0] (line 2): the same url and event type. Remove one of the two entries, or tell them apart by url and event type; a distinct key: does not make them two objects",
    ],
  ])("are refused: %s", (_what, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  it("are refused, for tags whose names differ in the spaces around them (which LiveChat trims)", () => {
    expect(problemsOf('tags:\n  - name: VIP\n  - name: "VIP "')).toContain(
      "3 tags[1].name: must not start or end with spaces; remove them",
    );
  });

  it("are told apart by group for greetings, tags and canned responses", () => {
    const spec = parseSpec(
      [
        "groups: [{ name: Sales }, { name: Support }]",
        "greetings:",
        "  - { name: Hi, group: Sales, rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }] }",
        "  - { name: Hi, group: Support, rules: [{ type: visit_time_site, operator: greater_or_equal, value: 5 }] }",
        "tags: [{ name: vip, group: Sales }, { name: vip, group: Support }]",
      ].join("\n"),
    );
    expect(spec.greetings).toHaveLength(2);
  });

  it("refuses two entries with the same key", () => {
    expect(problemsOf("groups:\n  - { name: A, key: g }\n  - { name: B, key: g }")).toEqual([
      "3 groups[1].key: is also the key of groups[0]; keys must differ",
    ]);
  });
});

describe("YAML that cannot be read as a spec", () => {
  it("reports an alias bomb as a problem with its line, not a crash", () => {
    const bomb = [
      "groups:",
      "  - name: Sales",
      "x0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
      ...[1, 2, 3, 4, 5, 6].map(
        (n) =>
          `x${n}: &a${n} [${Array(9)
            .fill(`*a${n - 1}`)
            .join(", ")}]`,
      ),
    ].join("\n");
    expect(problemsOf(bomb)).toEqual([
      "4 (yaml): its aliases (*name) expand to too much data, as an alias bomb does; write the entries out instead of nesting aliases",
    ]);
  });

  it("reports an alias without its anchor", () => {
    expect(problemsOf("groups:\n  - name: *sales\n")).toEqual([
      "2 (yaml): Unresolved alias (the anchor must be set before the alias): sales",
    ]);
  });

  it.each([
    [
      "a JSON array",
      '[{"name": "Sales"}]',
      '1 (top): is a list; a spec is a mapping of sections, like "groups:" and "agents:", each a list of entries',
    ],
    [
      "a single value",
      "Sales",
      '1 (top): is a single value; a spec is a mapping of sections, like "groups:" and "agents:", each a list of entries',
    ],
  ])("refuses %s", (_what, text, expected) => {
    expect(problemsOf(text)).toEqual([expected]);
  });

  const fileProblems = (bytes: Buffer): string[] => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "spec-")), "account.yaml");
    fs.writeFileSync(file, bytes);
    try {
      loadSpec(file);
    } catch (e) {
      if (e instanceof SpecError) return e.problems.map((p) => `${p.line ?? "-"} ${p.path}: ${p.message}`);
      throw e;
    }
    return [];
  };

  it("refuses a file that is not UTF-8, naming the line", () => {
    const bytes = Buffer.concat([
      Buffer.from("groups:\n  - name: Caf"),
      Buffer.from([0xe9]),
      Buffer.from("\n"),
    ]);
    expect(fileProblems(bytes)).toEqual(["2 (file): is not valid UTF-8 text; save the file as UTF-8"]);
  });

  it("refuses a UTF-16 file by its byte-order mark", () => {
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from("groups:\n  - name: Sales\n", "utf16le"),
    ]);
    expect(fileProblems(bytes)).toEqual(["1 (file): is saved as UTF-16; save it as UTF-8"]);
  });

  it("reads a UTF-8 file with a byte-order mark", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("groups:\n  - name: Sales\n")]);
    expect(fileProblems(bytes)).toEqual([]);
  });
});
