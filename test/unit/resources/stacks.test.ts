import * as pulumi from "@pulumi/pulumi";
import { Tag } from "../../../src/generated/resources";

// Pulumi's SDK records a stack trace on each of the four promises it makes per property of a resource, for its
// promise-leak report alone. The resource classes leave those out (most of a large program's time before its
// first registration), without losing the resource's own call site or the caller's stack trace limit.
type DebugPromise = Promise<unknown> & { _debugStackTrace: string };

// The SDK's own (internal) functions: its list of promises not yet settled, and the call site a resource records.
/* eslint-disable @typescript-eslint/no-require-imports */
const { leakedPromises } = require("@pulumi/pulumi/runtime/debuggable") as {
  leakedPromises(): [Set<Promise<unknown>>, string];
};
/* eslint-enable @typescript-eslint/no-require-imports */
const resourceClass = pulumi.Resource as unknown as { callsites(): { file?: string }[] };

/** The leak report's stack traces of the promises made in making `make()`'s resource, once it is registered. */
async function leakStacks(make: () => pulumi.Resource): Promise<string[]> {
  leakedPromises();
  const resource = make();
  const [promises] = leakedPromises();
  await new Promise((registered) => resource.urn.apply(registered));
  return [...promises].map((p) => (p as DebugPromise)._debugStackTrace);
}

beforeAll(() =>
  pulumi.runtime.setMocks({
    newResource: (args) => ({ id: `${args.name}-id`, state: args.inputs }),
    call: (args) => args.inputs,
  }),
);

afterEach(() => {
  delete process.env.PULUMI_DEBUG_PROMISE_LEAKS;
  jest.restoreAllMocks();
});

describe("making a resource", () => {
  it("leaves out the leak report's stack traces but records the resource's call site whole", async () => {
    const callsites = jest.spyOn(resourceClass, "callsites");
    const limit = Error.stackTraceLimit;
    const stacks = await leakStacks(() => new Tag("short", { name: "vip" }));
    expect(Error.stackTraceLimit).toBe(limit);
    // Several per property (name, group, tagId ...): each is the bare "Error" line.
    expect(stacks.length).toBeGreaterThan(8);
    expect(stacks.filter((s) => s.includes("\n"))).toEqual([]);
    const site: { file?: string }[] = callsites.mock.results[0].value;
    expect(site.some((frame) => frame.file?.endsWith("stacks.test.ts"))).toBe(true);
  });

  it("keeps them whole with PULUMI_DEBUG_PROMISE_LEAKS set", async () => {
    process.env.PULUMI_DEBUG_PROMISE_LEAKS = "1";
    const stacks = await leakStacks(() => new Tag("whole", { name: "vip" }));
    expect(stacks.length).toBeGreaterThan(8);
    expect(stacks.every((s) => s.includes("stacks.test.ts"))).toBe(true);
  });

  it("gives the caller's limit back when Pulumi's constructor throws", () => {
    const limit = Error.stackTraceLimit;
    const notAResource = {} as pulumi.Resource;
    expect(() => new Tag("orphan", { name: "vip" }, { parent: notAResource })).toThrow(
      /parent is not a valid Resource/,
    );
    expect(Error.stackTraceLimit).toBe(limit);
    expect(limit).toBeGreaterThan(0);
  });
});
