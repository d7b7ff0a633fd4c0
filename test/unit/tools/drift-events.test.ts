import type { EngineEvent, OpType } from "@pulumi/pulumi/automation";
import { UNKNOWN } from "../../../src/provider/fields";
import { driftFromEvents } from "../../../src/tools/drift-events";

// Engine events shaped as Pulumi 3.248 sends them for `preview --refresh` (see the e2e drift tests).

const SIG = { "4dabf18193072939515e22adb298388d": "1b47061264138c4ac30d75fd1eb44270" };
const secret = { ...SIG, ciphertext: "[secret]" };
const urn = (type: string, name: string) =>
  `urn:pulumi:dev::livechat-account::pulumi-nodejs:dynamic/livechat:${type}::${name}`;

let sequence = 0;
function step(op: OpType, type: string, name: string, old?: object, news?: object): EngineEvent {
  const state = (props: object | undefined, key: "inputs" | "outputs") =>
    props &&
    ({ type: `pulumi-nodejs:dynamic/livechat:${type}`, urn: urn(type, name), [key]: props } as never);
  return {
    sequence: sequence++,
    timestamp: 0,
    resourcePreEvent: {
      metadata: {
        op,
        urn: urn(type, name),
        type: `pulumi-nodejs:dynamic/livechat:${type}`,
        old: state(old, "outputs"),
        new: state(news, "inputs"),
        provider: "",
      },
    },
  };
}
function refreshed(type: string, name: string, outputs: object | null): EngineEvent {
  return {
    sequence: sequence++,
    timestamp: 0,
    resOutputsEvent: {
      metadata: {
        op: "refresh",
        urn: urn(type, name),
        type: `pulumi-nodejs:dynamic/livechat:${type}`,
        old: { outputs: {} } as never,
        new: outputs === null ? undefined : ({ outputs } as never),
        provider: "",
      },
    },
  };
}

const agentInputs = {
  login: "jenny@example.com",
  name: "Jenny Doe",
  jobTitle: "Team Lead",
  groups: [1, 3],
  notifications: { newVisitor: true, incomingChat: true },
  password: secret,
  __provider: "exports.handler = ...",
};
const agentOutputs = {
  ...agentInputs,
  jobTitle: "Intern",
  groups: [3, 1],
  notifications: { newVisitor: true },
};

describe("drift from the events of a preview with refresh", () => {
  it("names each field the provider's diff finds, with the code's and the account's values", () => {
    const { resources, checked } = driftFromEvents([
      refreshed("Agent", "jenny", agentOutputs),
      step("update", "Agent", "jenny", agentOutputs, agentInputs),
      step("same", "Group", "sales", {}, {}),
    ]);
    expect(checked).toBe(2);
    expect(resources).toEqual([
      {
        type: "Agent",
        name: "jenny",
        urn: urn("Agent", "jenny"),
        change: "update",
        // groups compare as a set, and incomingChat is not compared: neither is drift.
        fields: [{ field: "jobTitle", code: "Team Lead", account: "Intern" }],
      },
    ]);
  });

  it("tells an object deleted in the account from one never deployed, and one removed from the code", () => {
    const { resources } = driftFromEvents([
      refreshed("Tag", "vip", null),
      step("create", "Tag", "vip", undefined, { name: "vip", group: 0 }),
      step("create", "Tag", "new", undefined, { name: "new", group: 0 }),
      refreshed("Goal", "old", { name: "old", type: "api" }),
      step("delete", "Goal", "old", { name: "old", type: "api" }),
    ]);
    expect(resources.map((r) => [r.type, r.name, r.change, r.fields])).toEqual([
      ["Goal", "old", "removed", []],
      ["Tag", "new", "added", []],
      ["Tag", "vip", "deleted", []],
    ]);
  });

  it("reports a replacement once, however many steps the engine plans for it", () => {
    const olds = { url: "https://x.io/h", eventType: "chat_started", dataTypes: ["chat"], token: secret };
    const news = { url: "https://x.io/h", eventType: "chat_started", dataTypes: ["chat", "visitor"] };
    const { resources } = driftFromEvents([
      step("create-replacement", "Webhook", "hook", olds, news),
      step("replace", "Webhook", "hook", olds, news),
      step("delete-replaced", "Webhook", "hook", olds, news),
    ]);
    expect(resources).toEqual([
      expect.objectContaining({
        change: "replace",
        fields: [{ field: "dataTypes", code: ["chat", "visitor"], account: ["chat"] }],
      }),
    ]);
  });

  it("never shows a secret, and says a secret field is what differs when nothing else does", () => {
    const { resources } = driftFromEvents([
      step(
        "update",
        "Agent",
        "max",
        { ...agentInputs, password: secret },
        { ...agentInputs, password: secret },
      ),
    ]);
    expect(resources[0].fields).toEqual([{ field: "password", code: "[secret]", account: "[secret]" }]);
    expect(JSON.stringify(resources)).not.toContain("ciphertext");
  });

  it("leaves out what differs only by values known after apply (a group that is itself changing)", () => {
    const greeting = {
      name: "Hi",
      rules: [{ type: "visits_number", value: 2 }],
      group: 5,
      message: "m",
      active: true,
    };
    const { resources } = driftFromEvents([
      step("replace", "Greeting", "hi", greeting, { ...greeting, group: UNKNOWN }),
      step("update", "Agent", "jenny", agentOutputs, {
        ...agentOutputs,
        jobTitle: "Boss",
        groups: [UNKNOWN],
      }),
    ]);
    expect(resources).toEqual([
      expect.objectContaining({
        name: "jenny",
        fields: [{ field: "jobTitle", code: "Boss", account: "Intern" }],
      }),
    ]);
  });

  it("ignores the stack, providers and resources of other packages", () => {
    const other: EngineEvent = {
      sequence: 1,
      timestamp: 0,
      resourcePreEvent: {
        metadata: { op: "update", urn: "urn:x", type: "pulumi:pulumi:Stack", provider: "" },
      },
    };
    expect(driftFromEvents([other])).toEqual({ resources: [], checked: 0 });
  });
});
