// The TypeScript of the package's resource classes and account spec types, printed from the declarations'
// JSON Schemas (as Pulumi's own code generators print SDKs from a provider schema). Enums print as `string`
// with their values in the doc comment, so programs that pass a string variable keep compiling.
import { className, registryKey, type ResourceDeclaration } from "../provider/declaration";
import { SECTION_NAMES } from "../account/types";
import { v2Declarations, v36Declarations } from "../resources/registry";
import { accountJson, entrySchema, inputsSchema, refName, toJson, type JsonSchema } from "./json-schema";

/** How values are wrapped: program inputs (`pulumi.Input` all the way down) or plain values. */
type Mode = "input" | "plain";

function typeOf(schema: JsonSchema, mode: Mode, suffix = ""): string {
  const wrap = (t: string) => (mode === "input" ? `pulumi.Input<${t}>` : t);
  if (typeof schema.$ref === "string") return `${refName(schema.$ref)}${suffix}`;
  const union = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (union) return [...new Set(union.map((s) => typeOf(s, "plain", suffix)))].join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  switch (schema.type) {
    case "string":
      return "string";
    case "integer":
    case "number":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return `${wrap(typeOf(schema.items as JsonSchema, mode, suffix))}[]`;
    case "object": {
      const values = schema.additionalProperties;
      if (!schema.properties && values && typeof values === "object")
        return `Record<string, ${wrap(typeOf(values as JsonSchema, mode, suffix))}>`;
      return `{ ${members(schema, mode, suffix).join(" ")} }`;
    }
  }
  return "unknown";
}

/** The doc comment of a property: its description, with an enum's values. */
function docOf(schema: JsonSchema): string {
  const values = (schema.enum ?? (schema.items as JsonSchema | undefined)?.enum) as string[] | undefined;
  const text = [schema.description, values && `One of: ${values.map((v) => `\`${v}\``).join(", ")}.`]
    .filter(Boolean)
    .join(" ");
  return text ? `/** ${text.replace(/\*\//g, "*\\/")} */\n` : "";
}

function members(schema: JsonSchema, mode: Mode, suffix: string): string[] {
  const required = new Set((schema.required as string[] | undefined) ?? []);
  return Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>).map(([name, p]) => {
    const t = mode === "input" ? `pulumi.Input<${typeOf(p, mode, suffix)}>` : typeOf(p, mode, suffix);
    return `${docOf(p)}${name}${required.has(name) ? "" : "?"}: ${t};`;
  });
}

function interfaceOf(name: string, schema: JsonSchema, mode: Mode, suffix = "", base?: string): string {
  const doc = schema.description ? `/** ${schema.description} */\n` : "";
  const ext = base ? ` extends ${base}` : "";
  return `${doc}export interface ${name}${ext} {\n${members(schema, mode, suffix).join("\n")}\n}\n`;
}

/** The nested types the schemas name ($defs), for inputs and as plain output values. */
function namedTypes(defs: Record<string, JsonSchema>): string[] {
  return Object.entries(defs).flatMap(([name, s]) => [
    interfaceOf(name, s, "input"),
    interfaceOf(`${name}Output`, s, "plain", "Output"),
  ]);
}

/** The declaration's constant and file, by the naming the resource files follow (`groupV36Declaration`). */
const importName = (d: ResourceDeclaration) =>
  `${d.type[0].toLowerCase()}${d.type.slice(1)}${d.module ? d.module.toUpperCase() : ""}Declaration`;
const fileOf = (d: ResourceDeclaration) =>
  `${d.module ? `${d.module}/` : ""}${d.type.replace(/(?<=[a-z])([A-Z])/g, "-$1").toLowerCase()}`;

function classOf(d: ResourceDeclaration, inputs: JsonSchema): string {
  const props = inputs.properties as Record<string, JsonSchema>;
  const outputs: string[] = Object.entries(d.fields).map(([name, f]) => {
    const always = f.required || f.default !== undefined || f.alwaysReturned;
    const t = typeOf(props[name], "plain", "Output");
    return `${docOf(props[name])}declare readonly ${name}: pulumi.Output<${t}${always ? "" : " | undefined"}>;`;
  });
  for (const [name, o] of Object.entries(d.outputs ?? {})) {
    outputs.push(
      `/** ${o.doc} */\ndeclare readonly ${name}: pulumi.Output<${typeOf(toJson(o.schema), "plain")}>;`,
    );
  }
  const id = d.idOutput;
  if (id)
    outputs.push(
      `/** ${id.doc} */\nreadonly ${id.name}: pulumi.Output<${id.numeric ? "number" : "string"}>;`,
    );
  return `/** ${d.doc} */
export class ${d.type} extends pulumi.CustomResource {
${outputs.join("\n")}

constructor(name: string, args: ${d.type}Args, opts?: pulumi.CustomResourceOptions) {
const registered = registration(${importName(d)}, name, args, opts);
const stackTraceLimit = shortStacks();
try {
super(...registered);
} finally {
Error.stackTraceLimit = stackTraceLimit;
}
${id ? `this.${id.name} = ${id.numeric ? "this.id.apply(Number)" : "this.id"};` : ""}
}
}
`;
}

const HEADER = "// Generated from the resource declarations by `npm run generate`: do not edit.\n";

/** A module of resource classes: each resource's Args, nested types and class. */
function classesModule(declarations: ResourceDeclaration[]): string[] {
  const parts = [
    HEADER,
    `import * as pulumi from "@pulumi/pulumi";`,
    `import { registration, shortStacks, type AdoptArgs } from "../resources/resource";`,
    ...declarations.map((d) => `import { ${importName(d)} } from "../resources/${fileOf(d)}";`),
    "",
  ];
  const defs: Record<string, JsonSchema> = {};
  for (const d of declarations) {
    const { $defs, ...inputs } = toJson(inputsSchema(d)) as JsonSchema & {
      $defs?: Record<string, JsonSchema>;
    };
    Object.assign(defs, $defs);
    const { adopt: _, ...fields } = inputs.properties as Record<string, JsonSchema>;
    parts.push(
      interfaceOf(
        `${d.type}Args`,
        { ...inputs, description: d.doc, properties: fields },
        "input",
        "",
        "AdoptArgs",
      ),
      classOf(d, inputs),
    );
  }
  parts.push(...namedTypes(defs));
  return parts;
}

/** src/generated/resources.ts: the v2 classes, and what the account spec declares with them. */
export function resourcesModule(): string {
  const parts = classesModule(v2Declarations);
  const all = [...v2Declarations, ...v36Declarations];
  const sections = SECTION_NAMES.map((section) => {
    const types = all.filter((d) => d.account.section === section).map(className);
    return `${section}: Record<string, ${types.join(" | ")}>;`;
  });
  parts.splice(2, 0, `import * as v36 from "./v36";`);
  parts.push(
    "/** Every resource an account spec declares, by section and resource name. */",
    `export interface AccountResources {\n${sections.join("\n")}\n}\n`,
    "/** The resource classes by registry key (`Agent`, `v36/Agent`). */",
    `export const RESOURCE_CLASSES = { ${all.map((d) => (d.module ? `"${registryKey(d)}": ${className(d)}` : d.type)).join(", ")} };\n`,
  );
  return parts.join("\n");
}

/** src/generated/v36.ts: the Configuration API v3.6 classes (`import { v36 } from "pulumi-livechat"`). */
export function v36Module(): string {
  return classesModule(v36Declarations).join("\n");
}

/** src/generated/account-spec.ts: the account spec's entry types. */
export function accountSpecModule(): string {
  const { allOf: _byApi, ...whole } = accountJson();
  const json = JSON.stringify(whole);
  // A resource's nested types get an Entry suffix here (GreetingRuleEntry): the package exports both kinds.
  const { $defs, ...spec } = JSON.parse(
    json.replace(/#\/\$defs\/(\w+)/g, (_, name: string) => `#/$defs/${entryName(name)}`),
  ) as JsonSchema & { $defs: Record<string, JsonSchema> };
  const parts = [HEADER, interfaceOf("AccountSpec", spec, "plain")];
  for (const [name, s] of Object.entries($defs)) {
    const entry = entryName(name);
    if (s.anyOf) parts.push(`${docOf(s)}export type ${entry} = ${typeOf(s, "plain")};\n`);
    else parts.push(interfaceOf(entry, s, "plain"));
  }
  return parts.join("\n");
}

const entryName = (name: string) =>
  name.endsWith("Entry") || name === "GroupRef" || name === "SecretRef" ? name : `${name}Entry`;

export { entrySchema };
