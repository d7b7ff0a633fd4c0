import * as fs from "fs";
import * as path from "path";
import * as livechat from "../../../src";
import { registry } from "../../../src/resources/registry";
import { SECTIONS } from "../../../src/account/types";

// The lists of resource types the compiler cannot check against each other: the registry, the serialized
// providers' stub modules (whose paths are in users' states), the package's exports and the account spec's
// sections. A type added to one and forgotten in another fails here.

const types = Object.keys(registry).sort();
const stubs = path.join(__dirname, "../../../src/provider/stubs");

describe("every resource type is known everywhere", () => {
  it("the registry names each type by its own declaration's type", () => {
    for (const [type, declaration] of Object.entries(registry)) expect(declaration.type).toBe(type);
  });

  it("has a stub module that serves exactly that type, and no stub is left without a type", () => {
    const files = fs
      .readdirSync(stubs)
      .map((f) => f.replace(/\.ts$/, ""))
      .sort();
    expect(files).toEqual(types);
    for (const type of types) {
      expect(fs.readFileSync(path.join(stubs, `${type}.ts`), "utf8")).toMatch(
        new RegExp(`export = stub\\("${type}"\\);`),
      );
    }
  });

  it("is exported by the package as a resource class", () => {
    for (const type of types) expect(typeof (livechat as Record<string, unknown>)[type]).toBe("function");
  });

  it("has a section in the account spec", () => {
    expect(SECTIONS.map(([, type]) => type).sort()).toEqual(types);
  });
});
