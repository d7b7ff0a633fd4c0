import * as fs from "fs";
import * as path from "path";
import * as livechat from "../../../src";
import { registry } from "../../../src/resources/registry";
import { declarationOf, SECTIONS, type Section } from "../../../src/account/types";
import { LiveChatClient } from "../../../src/client";
import { startEmulator } from "../../../src/emulator";
import { className, registryKey, typeToken, type Context } from "../../../src/provider/declaration";
import { ListCache } from "../../../src/provider/list-cache";

// The lists of resource types the compiler cannot check against each other: the registry, the serialized
// providers' stub modules (whose paths are in users' states), the package's exports and the account spec's
// sections. A type added to one and forgotten in another fails here. The table below is the contract, written
// out: the type tokens and the stub paths are in every user's state, so a change to one is a breaking change.

interface Known {
  /** The registry's key, which is also the stub module's path under provider/stubs. */
  key: string;
  /** As programs write the class: `Tag`, `v36.Tag`. */
  className: string;
  /** The Pulumi type token of its resources. */
  token: string;
  /** The module serialized providers require, as users' states hold it. */
  stub: string;
  /** The account spec's section, and whether the type is that section's default. */
  section: Section;
  sectionDefault: boolean;
}

const v2 = (type: string, section: Section): Known => ({
  key: type,
  className: type,
  token: `pulumi-nodejs:dynamic/livechat:${type}`,
  stub: `pulumi-livechat/dist/provider/stubs/${type}.js`,
  section,
  sectionDefault: true,
});
const v36 = (type: string, section: Section, sectionDefault: boolean): Known => ({
  key: `v36/${type}`,
  className: `v36.${type}`,
  token: `pulumi-nodejs:dynamic/livechat/v36:${type}`,
  stub: `pulumi-livechat/dist/provider/stubs/v36/${type}.js`,
  section,
  sectionDefault,
});

// Written out once more for the two tokens users see most, so that the helpers above cannot hide a typo.
const KNOWN: Known[] = [
  {
    key: "Group",
    className: "Group",
    token: "pulumi-nodejs:dynamic/livechat:Group",
    stub: "pulumi-livechat/dist/provider/stubs/Group.js",
    section: "groups",
    sectionDefault: true,
  },
  v2("Agent", "agents"),
  v2("Goal", "goals"),
  v2("Greeting", "greetings"),
  v2("Tag", "tags"),
  v2("CannedResponse", "cannedResponses"),
  v2("Webhook", "webhooks"),
  {
    key: "v36/Group",
    className: "v36.Group",
    token: "pulumi-nodejs:dynamic/livechat/v36:Group",
    stub: "pulumi-livechat/dist/provider/stubs/v36/Group.js",
    section: "groups",
    sectionDefault: false,
  },
  v36("Agent", "agents", false),
  v36("Tag", "tags", false),
  v36("Greeting", "greetings", false),
  v36("AutoAccess", "autoAccesses", true),
  v36("LicenseProperty", "licenseProperties", true),
  v36("GroupProperty", "groupProperties", true),
  v36("Bot", "bots", true),
  v36("Webhook", "webhooks", false),
  v36("WebhookState", "webhookStates", true),
];

const stubs = path.join(__dirname, "../../../src/provider/stubs");

describe("every resource type is known everywhere", () => {
  it("the registry holds exactly the known types, in dependency order, each under its own key", () => {
    expect(Object.keys(registry)).toEqual(KNOWN.map((k) => k.key));
    for (const known of KNOWN) {
      const declaration = registry[known.key];
      expect({
        key: registryKey(declaration),
        className: className(declaration),
        token: typeToken(declaration),
      }).toEqual({ key: known.key, className: known.className, token: known.token });
    }
  });

  it("has a stub module that serves exactly that type, and no stub is left without a type", () => {
    const files = (fs.readdirSync(stubs, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.split(path.sep).join("/"))
      .sort();
    const expected = KNOWN.map((k) => k.stub.replace("pulumi-livechat/dist/provider/stubs/", "")).map((f) =>
      f.replace(/\.js$/, ".ts"),
    );
    expect(files).toEqual([...expected].sort());
    for (const { key, stub } of KNOWN) {
      const source = path.join(
        stubs,
        stub.replace("pulumi-livechat/dist/provider/stubs/", "").replace(/\.js$/, ".ts"),
      );
      expect(fs.readFileSync(source, "utf8")).toContain(`export = stub("${key}");`);
    }
  });

  it("is exported by the package as a resource class", () => {
    for (const known of KNOWN) {
      const [module, name] = known.className.includes(".")
        ? known.className.split(".")
        : [undefined, known.className];
      const exports = (module ? livechat[module as "v36"] : livechat) as Record<string, unknown>;
      expect({ type: known.key, exported: typeof exports[name] }).toEqual({
        type: known.key,
        exported: "function",
      });
    }
  });

  it("has a section in the account spec, in its own generation or chosen by the spec's api", () => {
    for (const known of KNOWN) {
      const declared = declarationOf(known.section, known.key.startsWith("v36/") ? "v3.6" : "v2");
      expect({ type: known.key, declared: registryKey(declared) }).toEqual({
        type: known.key,
        declared: known.key,
      });
    }
    // Every section with its default type, in dependency order: v2's where v2 has the section.
    expect(SECTIONS).toEqual([
      ["groups", "Group"],
      ["agents", "Agent"],
      ["goals", "Goal"],
      ["greetings", "Greeting"],
      ["tags", "Tag"],
      ["cannedResponses", "CannedResponse"],
      ["webhooks", "Webhook"],
      ["autoAccesses", "v36/AutoAccess"],
      ["licenseProperties", "v36/LicenseProperty"],
      ["groupProperties", "v36/GroupProperty"],
      ["bots", "v36/Bot"],
      ["webhookStates", "v36/WebhookState"],
    ]);
    expect(SECTIONS.map(([section, key]) => [section, key])).toEqual(
      KNOWN.filter((k) => k.sectionDefault).map((k) => [k.section, k.key]),
    );
  });

  it("is served by the emulator: each type's objects are listed there", async () => {
    const emulator = await startEmulator();
    try {
      const { login, pat } = emulator.credentials;
      const ctx: Context = {
        client: new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId: emulator.accountId }),
        lists: new ListCache(),
      };
      for (const { key } of KNOWN) {
        const objects = await registry[key].api.list(ctx, { details: true });
        expect({ type: key, listed: Array.isArray(objects) }).toEqual({ type: key, listed: true });
      }
    } finally {
      await emulator.stop();
    }
  });
});
