import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";

// account.schema.json as an editor uses it (draft 2020-12, formats checked, strict about the schema itself).
const schema = JSON.parse(fs.readFileSync(path.join(__dirname, "../account.schema.json"), "utf8"));
// Union types (a rule's value: text or a number) are what the schema means; everything else is strict.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** "valid", or why the JSON Schema refuses the spec text. */
export function againstSchema(text: string): string {
  return validate(parse(text) ?? {}) ? "valid" : ajv.errorsText(validate.errors);
}
