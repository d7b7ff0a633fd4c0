// The per-resource reference pages (docs/reference/), made from the declarations: fields, defaults,
// replacement rules, natural key, outputs, and how the account spec writes each field.
import type { Field, ResourceDeclaration } from "../provider/declaration";
import { className, naturalKeyWords } from "../provider/declaration";
import { whyNotRenamable } from "../account/renames";
import { CHOOSABLE, type Section } from "../account/types";
import { v2Declarations, v36Declarations } from "../resources/registry";
import { exampleTypeScript, exampleYaml } from "./examples";
import { inputsSchema, toJson, type JsonSchema } from "./json-schema";
import { EMAIL_PATTERN, HTTP_URL_PATTERN } from "../provider/schema";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (v: unknown) => `\`${typeof v === "string" ? v : JSON.stringify(v)}\``;

/** A value's kind in words: "text, 1 to 255 characters", "whole number from 0", "list of ...". */
export function kindOf(s: JsonSchema): string {
  if (typeof s.$ref === "string") return s.$ref.replace("#/$defs/", "");
  const union = s.anyOf as JsonSchema[] | undefined;
  if (union) return union.map(kindOf).join(" or ");
  if (s.const !== undefined) return code(s.const);
  if (Array.isArray(s.enum)) return `one of ${s.enum.map(code).join(", ")}`;
  switch (s.type) {
    case "string": {
      const length = s.maxLength !== undefined ? `, ${s.minLength ?? 0} to ${s.maxLength} characters` : "";
      // E-mail addresses and URLs carry patterns of their own, not formats (see src/provider/schema.ts).
      const what =
        s.format === "email" || s.pattern === EMAIL_PATTERN
          ? "e-mail address"
          : s.format === "uri" || s.pattern === HTTP_URL_PATTERN
            ? "URL"
            : "text";
      return `${what}${length}`;
    }
    case "integer": {
      const max =
        s.maximum !== undefined && s.maximum !== Number.MAX_SAFE_INTEGER ? ` to ${s.maximum}` : " up";
      return s.minimum !== undefined ? `whole number from ${s.minimum}${max}` : "whole number";
    }
    case "number":
      return "number";
    case "boolean":
      return "true or false";
    case "array": {
      const bounds = [s.minItems && `at least ${s.minItems}`, s.maxItems && `at most ${s.maxItems}`].filter(
        Boolean,
      );
      return `list of ${kindOf(s.items as JsonSchema)}${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
    }
    case "object":
      if (!s.properties && s.additionalProperties)
        return `map of ${kindOf(s.additionalProperties as JsonSchema)}`;
      return "object";
  }
  return "any value";
}

function rulesOf(name: string, field: Field, declaration: ResourceDeclaration): string {
  const rules = [
    field.required && "required",
    field.replace === true && "replaces the object",
    typeof field.replace === "function" && "some changes replace the object",
    field.fixedAtCreation === true && "set only at creation (a difference is a warning)",
    typeof field.fixedAtCreation === "function" && "parts set only at creation (a difference is a warning)",
    field.secret && "secret",
    field.neverReturned && "never returned by the API (compared with the value last applied)",
    field.setByUpdate && "set by an update right after the create",
    declaration.keyFields.includes(name) && "natural key",
    field.refersTo === "group" && "a group's id (a group name in the account spec)",
    field.refersTo === "agent" && "agents, by login",
    field.refersTo === "sameType" &&
      `another ${className(declaration)}'s id (its ${naturalKeyWords(declaration)} in the account spec)`,
  ];
  return rules.filter(Boolean).join("; ");
}

function page(d: ResourceDeclaration): string {
  const { $defs = {}, ...inputs } = toJson(inputsSchema(d)) as JsonSchema & {
    $defs?: Record<string, JsonSchema>;
  };
  const props = inputs.properties as Record<string, JsonSchema>;
  const lines = [
    `# ${className(d)}`,
    "",
    d.doc,
    "",
    `- **Natural key:** ${naturalKeyWords(d)}. \`adopt: true\` takes over the object with the same ${naturalKeyWords(d)}; without it, such an object is an error, never a duplicate.`,
    `- **Account spec section:** \`${d.account.section}\`${specApi(d)}; entries are named \`${d.account.namePrefix}-...\` after the natural key.`,
    `- **Renaming in the spec** (\`renamedFrom\`): ${whyNotRenamable(d) ? `not possible: ${whyNotRenamable(d)}.` : "updates the object in place."}`,
    "",
    "## Inputs",
    "",
    "| Field | Kind | Default | Rules | Description |",
    "| --- | --- | --- | --- | --- |",
    ...Object.entries(d.fields).map(
      ([name, f]) =>
        `| \`${name}\` | ${cell(kindOf(props[name]))} | ${f.default === undefined ? "" : cell(code(f.default))} | ${cell(rulesOf(name, f, d))} | ${cell(f.doc)} |`,
    ),
    `| \`adopt\` | true or false | \`false\` |  | ${cell(String(props.adopt.description))} |`,
    "",
    "## Outputs",
    "",
    ...outputsOf(d),
  ];
  for (const [name, s] of Object.entries($defs)) {
    lines.push(
      "",
      `## ${name}`,
      "",
      String(s.description ?? ""),
      "",
      "| Key | Kind | Description |",
      "| --- | --- | --- |",
    );
    const required = new Set((s.required as string[] | undefined) ?? []);
    for (const [key, p] of Object.entries((s.properties ?? {}) as Record<string, JsonSchema>))
      lines.push(
        `| \`${key}\`${required.has(key) ? " (required)" : ""} | ${cell(kindOf(p))} | ${cell(String(p.description ?? ""))} |`,
      );
  }
  lines.push(
    "",
    "## Examples",
    "",
    "In an account spec, and as a TypeScript program. Groups are named as the spec names them; in a program, a group's `groupId`.",
    ...d.examples.flatMap((example) => [
      "",
      `### ${example.title[0].toUpperCase()}${example.title.slice(1)}`,
      "",
      "```yaml",
      exampleYaml(d, example).trimEnd(),
      "```",
      "",
      "```ts",
      exampleTypeScript(d, example).trimEnd(),
      "```",
    ]),
  );
  return lines.join("\n") + "\n";
}

function outputsOf(d: ResourceDeclaration): string[] {
  const rows = [
    ...(d.idOutput
      ? [`| \`${d.idOutput.name}\` | ${d.idOutput.numeric ? "number" : "text"} | ${cell(d.idOutput.doc)} |`]
      : []),
    ...Object.entries(d.outputs ?? {}).map(
      ([name, o]) =>
        `| \`${name}\` | ${cell(kindOf(toJson(o.schema)))}${o.secret ? " (secret)" : ""} | ${cell(o.doc)} |`,
    ),
  ];
  if (!rows.length) return ["Every input, as the account reports it (secrets kept secret)."];
  return [
    "Every input, as the account reports it (secrets kept secret), and:",
    "",
    "| Output | Kind | Description |",
    "| --- | --- | --- |",
    ...rows,
  ];
}

/** Which `api` line makes a section's entries this type's. */
function specApi(d: ResourceDeclaration): string {
  const section = d.account.section as Section;
  if (!CHOOSABLE.includes(section)) return "";
  return d.module ? " with `api: v3.6` (or `api: { " + section + ": v3.6 }`)" : " (the default `api: v2`)";
}

/** A type's page, relative to docs/reference: `tag.md`, `v36/agent.md`. */
const pageOf = (d: ResourceDeclaration) =>
  `${d.module ? `${d.module}/` : ""}${d.type.replace(/(?<=[a-z])([A-Z])/g, "-$1").toLowerCase()}.md`;

/** The index's table. */
const table = (declarations: ResourceDeclaration[]) => [
  "| Resource | Account spec section | Natural key | What it is |",
  "| --- | --- | --- | --- |",
  ...declarations.map(
    (d) =>
      `| [${className(d)}](${pageOf(d)}) | \`${d.account.section}\` | ${naturalKeyWords(d)} | ${cell(d.doc)} |`,
  ),
];

/** docs/reference/*.md by path. */
export function referencePages(): Record<string, string> {
  const index = [
    "# Resource reference",
    "",
    "Generated from the resource declarations (`src/resources/`) by `npm run generate`; a test fails when these pages are out of date.",
    "",
    "## Configuration API v2",
    "",
    ...table(v2Declarations),
    "",
    "## Configuration API v3.6 (`v36`)",
    "",
    'LiveChat\'s current API. Its classes are in the `v36` module: `import { v36 } from "pulumi-livechat"`, then `new v36.Agent(...)`.',
    "",
    ...table(v36Declarations),
    "",
    `In the account spec, \`api: v3.6\` declares the sections both generations have (${CHOOSABLE.join(", ")}) with these types, ` +
      "`api: { agents: v3.6 }` one section; the sections only v3.6 has need no `api` line.",
    "",
    "The account spec's JSON Schema is `account.schema.json` in the package.",
    "",
  ].join("\n");
  const declarations = [...v2Declarations, ...v36Declarations];
  return {
    "docs/reference/README.md": index,
    ...Object.fromEntries(declarations.map((d) => [`docs/reference/${pageOf(d)}`, page(d)])),
  };
}
