import { generatedFiles, staleFiles } from "../../../src/codegen/generate";
import { registry } from "../../../src/resources/registry";

// The classes and spec types in src/generated/, the stub modules, account.schema.json and docs/reference/ are
// made from the resource declarations. Edit a declaration without running `npm run generate` and this fails.
describe("the files generated from the resource declarations", () => {
  it("are up to date", async () => {
    expect(await staleFiles()).toEqual([]);
  }, 60_000);

  it("follow a declaration's change into the class, the schema and the reference", async () => {
    const field = registry.Tag.fields.name;
    const doc = field.doc;
    field.doc = "The tag's name, as agents see it.";
    try {
      const files = await generatedFiles();
      expect(files["src/generated/resources.ts"]).toContain("/** The tag's name, as agents see it. */");
      expect(files["account.schema.json"]).toContain('"description": "The tag\'s name, as agents see it."');
      expect(files["docs/reference/tag.md"]).toContain("The tag's name, as agents see it.");
    } finally {
      field.doc = doc;
    }
  }, 60_000);
});
