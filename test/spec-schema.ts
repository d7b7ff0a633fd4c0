import * as fs from "fs";
import * as path from "path";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { parse } from "yaml";

// account.schema.json and overlay.schema.json as an editor uses them (draft 2020-12, formats checked, strict
// about the schema itself). Union types (a rule's value: text or a number) are what the schemas mean.
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
addFormats(ajv);

/** A JSON Schema compiled as an editor (and account.schema.json's tests) checks with it. */
export const asEditor = (schema: object) => ajv.compile(schema);
const compile = (file: string) =>
  ajv.compile(JSON.parse(fs.readFileSync(path.join(__dirname, "..", file), "utf8")));
const spec = compile("account.schema.json");
const overlay = compile("overlay.schema.json");

const check = (validate: typeof spec, text: string) =>
  validate(parse(text) ?? {}) ? "valid" : ajv.errorsText(validate.errors);

/** "valid", or why the JSON Schema refuses the spec text. */
export const againstSchema = (text: string): string => check(spec, text);

/** "valid", or why the overlay's JSON Schema refuses the overlay text. */
export const againstOverlaySchema = (text: string): string => check(overlay, text);
