import { ListCache } from "../../../src/provider/list-cache";
import { naturalKeyOf } from "../../../src/provider/fields";
import { check, diff, diffWarnings } from "../../../src/provider/lifecycle";
import { outputsOf } from "../../../src/provider/outputs";
import type { Context } from "../../../src/provider/declaration";
import { registry } from "../../../src/resources/registry";

// v36.Tag: what preview refuses, how the account's answer compares with the program, and which changes
// replace the tag. create_tag compares names without regard to case; update_tag and delete_tag exactly.
beforeAll(() => {
  process.env.LIVECHAT_LOGIN = "owner@example.com";
  process.env.LIVECHAT_PAT = "dal:unit-test-pat";
  process.env.LIVECHAT_ACCOUNT_ID = "6b0e3d2a-0000-4000-8000-000000000000";
});

const tag = registry["v36/Tag"];
const failuresOf = (inputs: Record<string, unknown>) =>
  (check(tag, inputs).failures ?? []).map((f) => `${f.property}|${f.reason}`);
const desired = (inputs: Record<string, unknown>) => check(tag, inputs).inputs;
/** An entry of list_tags (the reference's listTags.json). */
const listed = {
  name: "docs_feedback",
  group_ids: [0, 42],
  author_id: "smith@example.com",
  created_at: "2019-12-09T12:01:18.909000Z",
};
const olds = outputsOf(tag, listed, {});

describe("v36.Tag validation at preview", () => {
  it.each([
    [{}, "|Tag: name is required"],
    [{ name: " spaced " }, "name|Tag: name must not start or end with spaces; remove them"],
    [{ name: "x", groupIds: 0 }, "groupIds|Tag: groupIds must be a list, not a number"],
    [{ name: "x", groupIds: [0, 0] }, "groupIds|Tag: groupIds must not repeat an item"],
    [{ name: "x", groupIds: [-1] }, "groupIds|Tag: groupIds [0] must be a whole number from 0 up"],
    [{ name: "x", group: 1 }, "|Tag: unknown field group; the fields are name, groupIds"],
  ])("%j fails with %s", (inputs, failure) => {
    expect(failuresOf(inputs)).toEqual([failure]);
  });

  it("takes a name and groups; groups default to none", () => {
    expect(failuresOf({ name: "docs_feedback", groupIds: [42, 0] })).toEqual([]);
    expect(desired({ name: "vip" })).toEqual({ name: "vip", groupIds: [] });
  });
});

describe("v36.Tag against the account", () => {
  it("outputs the list's author and date; groups are a set", () => {
    expect(olds).toEqual({
      name: "docs_feedback",
      groupIds: [0, 42],
      authorId: "smith@example.com",
      createdAt: "2019-12-09T12:01:18.909000Z",
    });
    expect(diff(tag, olds, desired({ name: "docs_feedback", groupIds: [42, 0] })).changes).toBe(false);
  });

  it("regroups in place", () => {
    expect(diff(tag, olds, desired({ name: "docs_feedback", groupIds: [0] }))).toEqual({
      changes: true,
      replaces: [],
      deleteBeforeReplace: false,
    });
  });

  it("a new name replaces the tag; the new one is made first, its key being another", () => {
    expect(diff(tag, olds, desired({ name: "feedback", groupIds: [0, 42] }))).toEqual({
      changes: true,
      replaces: ["name"],
      deleteBeforeReplace: false,
    });
  });

  it("the natural key ignores case, as create_tag does; another case is a warning, never a change", () => {
    // The key is the name in lower case, whatever case the program writes.
    expect(naturalKeyOf(tag, desired({ name: "Docs_Feedback" }))).toBe('["docs_feedback"]');
    expect(naturalKeyOf(tag, desired({ name: "docs_feedback" }))).toBe('["docs_feedback"]');
    expect(naturalKeyOf(tag, desired({ name: "Docs_Feedback_2" }))).toBe('["docs_feedback_2"]');
    const news = desired({ name: "Docs_Feedback", groupIds: [0, 42] });
    expect(diff(tag, olds, news).changes).toBe(false);
    expect(diffWarnings(tag, "docs_feedback", olds, news)).toEqual([
      expect.stringMatching(
        /^Tag docs_feedback: name is "docs_feedback" in the account and "Docs_Feedback" in the program\./,
      ),
    ]);
    expect(diffWarnings(tag, "docs_feedback", olds, desired({ name: "docs_feedback" }))).toEqual([]);
  });
});

describe("v36.Tag calls", () => {
  /** A context whose client answers from a list of tags and records the calls. */
  function fake(tags: Record<string, unknown>[]) {
    const calls: [string, object][] = [];
    const client = {
      action: async (method: string, body: Record<string, unknown>) => {
        calls.push([method, body]);
        if (method === "list_tags") return structuredClone(tags);
        if (method === "create_tag")
          tags.push({ ...body, author_id: "owner@example.com", created_at: "2026-01-01T00:00:00.000000Z" });
        return {};
      },
    };
    return { ctx: { client, lists: new ListCache() } as unknown as Context, calls };
  }

  it("create reads the author and date back from the list; update and delete name the tag exactly", async () => {
    const { ctx, calls } = fake([{ ...listed }]);
    await tag.api.list(ctx, { details: false });
    const made = await tag.api.create(ctx, { name: "Spam", group_ids: [0] }, {});
    expect(made).toEqual({
      name: "Spam",
      group_ids: [0],
      author_id: "owner@example.com",
      created_at: "2026-01-01T00:00:00.000000Z",
    });
    // The list was read again after create_tag, which answers nothing.
    expect(calls.map(([m]) => m)).toEqual(["list_tags", "create_tag", "list_tags"]);
    const regrouped = await tag.api.update(ctx, "Spam", { group_ids: [0, 42] }, {}, {});
    expect(regrouped).toMatchObject({ name: "Spam", group_ids: [0, 42], author_id: "owner@example.com" });
    await tag.api.remove(ctx, "Spam", {});
    expect(calls.slice(3)).toEqual([
      ["update_tag", { name: "Spam", group_ids: [0, 42] }],
      ["delete_tag", { name: "Spam" }],
    ]);
    expect(await tag.api.read(ctx, "Spam", {})).toBeUndefined();
    expect(await tag.api.read(ctx, "DOCS_FEEDBACK", {})).toBeUndefined();
    expect(await tag.api.read(ctx, "docs_feedback", {})).toMatchObject({ name: "docs_feedback" });
  });
});
