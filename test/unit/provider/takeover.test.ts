import { claim, claimedElsewhere, release } from "../../../src/provider/claims";
import { takenOver, writtenBy } from "../../../src/provider/takeover";
import { registry } from "../../../src/resources/registry";

// A section of the account spec moved to v3.6: the v3.6 resource takes the v2 resource's state over in place
// (an alias), and a v2 resource leaving the stack never deletes what a resource of the same run manages.

/** `__provider` as Pulumi serializes a stub loaded from node_modules (see test/e2e/fixtures/state-v0.1). */
const required = (key: string) =>
  `exports.handler = __f0;\nconst provider = require("pulumi-livechat/dist/provider/stubs/${key}.js");\n`;

describe("a state written by another type", () => {
  it("is known by the stub its provider requires, or names by value", () => {
    expect(writtenBy({ __provider: required("Agent") })).toBe("Agent");
    expect(writtenBy({ __provider: required("v36/Agent") })).toBe("v36/Agent");
    expect(writtenBy({ __provider: 'return stub("v36/Tag");' })).toBe("v36/Tag");
    expect(writtenBy({})).toBeUndefined();
  });

  it("is taken over from the v2 type of the same objects and ids, and refused from any other", () => {
    const v36Agent = registry["v36/Agent"];
    expect(takenOver(v36Agent, { __provider: required("v36/Agent") })).toBeUndefined();
    expect(takenOver(v36Agent, { __provider: required("Agent") })).toBe(registry.Agent);
    // A tag's v3.6 id is its name, not v2's group:name: a state cannot carry over, so the v3.6 tag adopts.
    expect(() => takenOver(registry["v36/Tag"], { __provider: required("Tag") })).toThrow(
      "a Tag resource's state cannot become a v36.Tag resource's",
    );
    expect(() => takenOver(v36Agent, { __provider: required("Goal") })).toThrow(/remove the alias/);
  });
});

describe("a delete", () => {
  it("leaves an object that another resource of the run claimed: of its type, or its v3.6 twin", () => {
    const tag = registry.Tag;
    const v36Tag = registry["v36/Tag"];
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBeUndefined();
    claim(v36Tag, "vip");
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBe(v36Tag);
    release(v36Tag, "vip");
    claim(tag, "4:vip");
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBe(tag);
    release(tag, "4:vip");
    // v2 and v3.6 webhooks are different objects: a v3.6 claim never keeps a v2 webhook.
    claim(registry["v36/Webhook"], "17");
    expect(claimedElsewhere(registry.Webhook, "17", {}, registry["v36/Webhook"])).toBeUndefined();
  });
});
