import * as fs from "fs";
import * as path from "path";
import {
  unknownCheckingProxy,
  type ResourceValidationPolicy,
  type StackValidationPolicy,
} from "@pulumi/policy";
import { unknownValue } from "@pulumi/pulumi/runtime/rpc";
import { typeToken } from "../../../src/provider/declaration";
import { v2Declarations, v36Declarations } from "../../../src/resources/registry";
import { plain, policies } from "../../../src/policy";
import { AGENTS, BOTS, GREETINGS, GROUPS, UNKNOWN, WEBHOOKS } from "../../../src/policy/targets";

// How the rules meet Pulumi: the type tokens they match (from the provider's registry), @pulumi/policy's view of
// unknown values, the policies' parameters and defaults, and the pack folder the package ships.

const root = path.resolve(__dirname, "../../..");
const policy = (name: string) => policies.find((p) => p.name === name)!;

describe("the policies' types", () => {
  it("are registry types, each rule covering its v2 and v3.6 type by the provider's own tokens", () => {
    const registered = [...v2Declarations, ...v36Declarations].map(typeToken);
    const tokens = (ts: { token: string }[]) => ts.map((t) => t.token);
    for (const ts of [AGENTS, GROUPS, BOTS, WEBHOOKS, GREETINGS])
      for (const t of ts) expect(registered).toContain(t.token);
    expect(tokens(WEBHOOKS)).toEqual([
      "pulumi-nodejs:dynamic/livechat:Webhook",
      "pulumi-nodejs:dynamic/livechat/v36:Webhook",
    ]);
    expect(tokens(AGENTS)).toEqual([
      "pulumi-nodejs:dynamic/livechat:Agent",
      "pulumi-nodejs:dynamic/livechat/v36:Agent",
    ]);
    expect(tokens(GREETINGS)).toEqual([
      "pulumi-nodejs:dynamic/livechat:Greeting",
      "pulumi-nodejs:dynamic/livechat/v36:Greeting",
    ]);
    expect(tokens(GROUPS)).toEqual([
      "pulumi-nodejs:dynamic/livechat:Group",
      "pulumi-nodejs:dynamic/livechat/v36:Group",
    ]);
    expect(tokens(BOTS)).toEqual(["pulumi-nodejs:dynamic/livechat/v36:Bot"]);
  });
});

describe("plain", () => {
  it("turns @pulumi/policy's proxy into plain data, each unknown value (which the proxy throws on) as UNKNOWN", () => {
    const props = unknownCheckingProxy({
      url: unknownValue,
      groups: [1, unknownValue, { groupId: unknownValue, priority: "normal" }],
      nested: { a: "b" },
    });
    expect(plain(() => props)).toEqual({
      url: UNKNOWN,
      groups: [1, UNKNOWN, { groupId: UNKNOWN, priority: "normal" }],
      nested: { a: "b" },
    });
  });
});

describe("the policies", () => {
  const webhook = "pulumi-nodejs:dynamic/livechat/v36:Webhook";
  function violations(name: string, type: string, props: object, config: object = {}): string[] {
    const found: string[] = [];
    const validate = (policy(name) as ResourceValidationPolicy).validateResource as (
      a: object,
      r: unknown,
    ) => void;
    validate(
      {
        type,
        props: unknownCheckingProxy({ __provider: "exports.handler = ...", ...props }),
        getConfig: () => config,
      },
      (m: string) => found.push(m),
    );
    return found;
  }

  it("are six, advisory unless configured, each with a description and a schema with defaults for its parameters", () => {
    expect(policies.map((p) => p.name)).toEqual([
      "webhook-url",
      "agent-in-group",
      "group-staffed",
      "max-chats-per-agent",
      "agent-roles",
      "greeting-message",
    ]);
    for (const p of policies) {
      expect(p.description).toMatch(/\.$/);
      expect(p.enforcementLevel).toBeUndefined(); // the pack's level, advisory
      for (const property of Object.values(p.configSchema?.properties ?? {}))
        expect(property).toHaveProperty("default");
    }
    expect(fs.readFileSync(path.join(root, "policy/index.js"), "utf8")).toContain(
      'enforcementLevel: "advisory"',
    );
  });

  it("check only their types, with the config's parameters over the defaults", () => {
    const http = { url: "http://hooks.example.com/x", secretKey: "k-s3cret" };
    expect(violations("webhook-url", webhook, http)).toEqual([expect.stringContaining("url uses http")]);
    expect(violations("webhook-url", "pulumi-nodejs:dynamic/livechat/v36:Bot", http)).toEqual([]);
    expect(
      violations("webhook-url", webhook, { url: "https://x.io/" }, { allowedDomains: ["example.com"] }),
    ).toEqual([expect.stringContaining("url's host x.io")]);
    const agent = AGENTS[1].token;
    expect(violations("max-chats-per-agent", agent, { maxChatsCount: 11 })).toHaveLength(1); // default 10
    expect(violations("max-chats-per-agent", agent, { maxChatsCount: 11 }, { maxChats: 12 })).toEqual([]);
    expect(violations("webhook-url", webhook, { url: unknownValue })).toEqual([]);
  });

  it("report stack violations on the resource's URN", () => {
    const reported: [string, string | undefined][] = [];
    const resource = (type: string, name: string, props: object) => ({
      type,
      urn: `urn:${name}`,
      name,
      props: unknownCheckingProxy(props),
      propertyDependencies: {},
    });
    (policy("agent-in-group") as StackValidationPolicy).validateStack(
      {
        resources: [
          resource(AGENTS[0].token, "ann", { login: "ann@x.com", groups: [] }),
          resource("pulumi:providers:pulumi-nodejs", "default", { "livechat:pat": "s3cret" }),
        ],
        getConfig: () => ({}),
      } as never,
      (message: string, urn?: string) => reported.push([message, urn]),
    );
    expect(reported).toEqual([[expect.stringContaining("agent ann@x.com is in no group"), "urn:ann"]]);
  });
});

describe("the pack folder", () => {
  it("is shipped, runs on nodejs, serves the compiled policies and carries the package's version", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    expect(pkg.files).toContain("policy");
    expect(pkg.dependencies["@pulumi/policy"]).toMatch(/^\^1\./);
    expect(fs.readFileSync(path.join(root, "policy/PulumiPolicy.yaml"), "utf8")).toMatch(
      /^runtime: nodejs$/m,
    );
    expect(fs.readFileSync(path.join(root, "policy/index.js"), "utf8")).toContain(
      'require("../dist/policy")',
    );
    // @pulumi/policy reports the version of the package.json in the pack's folder.
    expect(JSON.parse(fs.readFileSync(path.join(root, "policy/package.json"), "utf8")).version).toBe(
      pkg.version,
    );
  });
});
