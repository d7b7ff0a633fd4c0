import { registryKey } from "../../../src/provider/declaration";
import { unmanagedSources } from "../../../src/tools/unmanaged";

// The unmanaged listing names objects in the stack's own words: a section the stack declares only with v3.6
// resources is read through v3.6, so objects only v3.6 shows (a tag in no group) are listed too.

const read = (managed: Record<string, string[]>) =>
  unmanagedSources(new Map(Object.entries(managed).map(([k, ids]) => [k, new Set(ids)]))).map((pass) =>
    pass.map(({ section, declaration }) => `${section}:${registryKey(declaration)}`),
  );

describe("which generation the unmanaged listing reads each section with", () => {
  it("the default (v2), and v3.6 webhooks besides, for a stack with none or v2 resources only", () => {
    for (const managed of [{}, { Group: ["1"], Webhook: ["w"] }] as Record<string, string[]>[]) {
      const [first, second] = read(managed);
      expect(first).toEqual(
        expect.arrayContaining(["groups:Group", "tags:Tag", "webhooks:Webhook", "bots:v36/Bot"]),
      );
      expect(second).toEqual(["webhooks:v36/Webhook"]);
    }
  });

  it("v3.6 for the sections whose resources are all v3.6, v2 where the stack holds both", () => {
    const [first, second] = read({
      "v36/Group": ["1"],
      "v36/Tag": ["vip"],
      Tag: ["0:spam"],
      "v36/Webhook": ["w"],
    });
    expect(first).toEqual(
      expect.arrayContaining(["groups:v36/Group", "tags:Tag", "agents:Agent", "webhooks:v36/Webhook"]),
    );
    expect(second).toEqual([]);
  });
});
