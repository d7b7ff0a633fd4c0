import * as fs from "fs";
import * as path from "path";
import * as livechat from "../../../src";
import { registry } from "../../../src/resources/registry";
import { declarationOf, SECTIONS, type Section } from "../../../src/account/types";
import { LiveChatClient } from "../../../src/client";
import { startEmulator } from "../../../src/emulator";
import { registryKey, type Context } from "../../../src/provider/declaration";
import { ListCache } from "../../../src/provider/list-cache";

// The lists of resource types the compiler cannot check against each other: the registry, the serialized
// providers' stub modules (whose paths are in users' states), the package's exports and the account spec's
// sections. A type added to one and forgotten in another fails here.

const types = Object.keys(registry).sort();
const stubs = path.join(__dirname, "../../../src/provider/stubs");

describe("every resource type is known everywhere", () => {
  it("the registry names each type by its own declaration's type (and module)", () => {
    for (const [type, declaration] of Object.entries(registry)) expect(registryKey(declaration)).toBe(type);
    expect(Object.keys(registry)).toContain("v36/Group");
  });

  it("has a stub module that serves exactly that type, and no stub is left without a type", () => {
    const files = (fs.readdirSync(stubs, { recursive: true }) as string[])
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.replace(/\.ts$/, "").split(path.sep).join("/"))
      .sort();
    expect(files).toEqual(types);
    for (const type of types) {
      expect(fs.readFileSync(path.join(stubs, `${type}.ts`), "utf8")).toMatch(
        new RegExp(`export = stub\\("${type}"\\);`),
      );
    }
  });

  it("is exported by the package as a resource class", () => {
    for (const type of types) {
      const [module, name] = type.includes("/") ? type.split("/") : [undefined, type];
      const exports = (module ? livechat[module as "v36"] : livechat) as Record<string, unknown>;
      expect({ type, exported: typeof exports[name] }).toEqual({ type, exported: "function" });
    }
  });

  it("has a section in the account spec, in its own generation or chosen by the spec's api", () => {
    for (const type of types) {
      const section = registry[type].account.section as Section;
      const declared = declarationOf(section, type.startsWith("v36/") ? "v3.6" : "v2");
      expect({ type, declared: registryKey(declared) }).toEqual({ type, declared: type });
    }
    // Every section's default type: v2's where v2 has the section.
    expect(
      SECTIONS.map(([, type]) => type)
        .filter((t) => !t.includes("/"))
        .sort(),
    ).toEqual(types.filter((t) => !t.includes("/")));
  });

  it("is served by the emulator: each type's objects are listed and found there", async () => {
    const emulator = await startEmulator();
    try {
      const { login, pat } = emulator.credentials;
      const ctx: Context = {
        client: new LiveChatClient({ apiUrl: emulator.url, login, pat, accountId: emulator.accountId }),
        lists: new ListCache(),
      };
      for (const declaration of Object.values(registry)) {
        const objects = await declaration.api.list(ctx, { details: true });
        // Every account has group 0 and its owner; the other types start empty.
        expect({ type: registryKey(declaration), listed: Array.isArray(objects) }).toEqual({
          type: registryKey(declaration),
          listed: true,
        });
      }
    } finally {
      await emulator.stop();
    }
  });
});
