import { providerText } from "../../../src/provider/stub";
import { claim, claimedElsewhere, release } from "../../../src/provider/claims";
import { takenOver, writtenBy } from "../../../src/provider/takeover";
import type { Props } from "../../../src/provider/declaration";
import { registry } from "../../../src/resources/registry";

// A section of the account spec moved to v3.6: the v3.6 resource takes the v2 resource's state over in place
// (an alias), and a v2 resource leaving the stack never deletes what a resource of the same run manages.

/** `__provider` as Pulumi serializes a stub loaded from node_modules (see test/e2e/fixtures/state-v0.1). */
const required = (key: string) =>
  `exports.handler = __f0;\nconst provider = require("pulumi-livechat/dist/provider/stubs/${key}.js");\n`;

describe("a state written by another type", () => {
  it("is known by the stub its provider requires, as Pulumi serialized it up to 0.2.0 and as written now", () => {
    expect(writtenBy({ __provider: required("Agent") })).toBe("Agent");
    expect(writtenBy({ __provider: required("v36/Agent") })).toBe("v36/Agent");
    expect(writtenBy({ __provider: providerText("v36/Tag") })).toBe("v36/Tag");
    expect(writtenBy({ __provider: 'return stub("v36/Tag");' })).toBeUndefined();
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
    const v36Tag = { declaration: registry["v36/Tag"], idOf: (_id: string, p: Props) => String(p.name) };
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBeUndefined();
    claim(v36Tag.declaration, "vip");
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBe(v36Tag.declaration);
    release(v36Tag.declaration, "vip");
    claim(tag, "4:vip");
    expect(claimedElsewhere(tag, "4:vip", { name: "vip", group: 4 }, v36Tag)).toBe(tag);
    release(tag, "4:vip");
    // The other way: a v3.6 group leaving the stack leaves the group a v2 resource still manages.
    claim(registry.Group, "12");
    const v2Group = { declaration: registry.Group, idOf: (id: string) => id };
    expect(claimedElsewhere(registry["v36/Group"], "12", {}, v2Group)).toBe(registry.Group);
  });
});
