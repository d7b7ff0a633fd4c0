// The declarations' examples as users write them: an entry of the account spec (YAML) and a TypeScript
// program. Examples hold references as the spec writes them (groups by name, another object of the same type by
// its natural key) and secrets as plain values; the reference pages and the test matrix map them from here.
import { Document, isScalar, visit } from "yaml";
import { mapGroupRefs } from "../account/group-refs";
import { resourceName } from "../account/names";
import { CHOOSABLE, type Section } from "../account/types";
import { className, type Example, type Props, type ResourceDeclaration } from "../provider/declaration";

/** How an example's references and secrets become a program's or a spec's values. */
export interface ExampleMapping {
  /** A group, named in the example. */
  group(name: string): unknown;
  /** Another object of the same type, named by its natural key. */
  sameType(key: unknown): unknown;
  /** A secret field's value. */
  secret(field: string, value: unknown): unknown;
}

/** The example's inputs with its references and secrets mapped; group ids (numbers) stay as they are. */
export function mapExample(declaration: ResourceDeclaration, inputs: Props, map: ExampleMapping): Props {
  const out: Props = {};
  for (const [name, value] of Object.entries(inputs)) {
    const field = declaration.fields[name];
    if (value === undefined) continue;
    out[name] = field?.secret
      ? map.secret(name, value)
      : field?.refersTo === "sameType"
        ? map.sameType(value)
        : field
          ? mapGroupRefs(field, value, (ref) => (typeof ref === "string" ? map.group(ref) : ref))
          : value;
  }
  return out;
}

/** The inputs an example has after its change: `changed` over `inputs` (an undefined value leaves a field out). */
export const changedInputs = (example: Example): Props =>
  Object.fromEntries(
    Object.entries({ ...example.inputs, ...example.changed }).filter(([, v]) => v !== undefined),
  );

const camel = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())
    .replace(/^[^a-z]+/, "")
    .replace(/[^a-zA-Z0-9]/g, "");

/** The stack config key the docs read an example's secret from: `agentPassword`. */
const secretKey = (declaration: ResourceDeclaration, field: string) =>
  `${camel(declaration.type)}${field[0].toUpperCase()}${field.slice(1)}`;

/** The example as an account spec section with one entry, in YAML. */
export function exampleYaml(declaration: ResourceDeclaration, example: Example): string {
  const section = declaration.account.section;
  const entry = mapExample(declaration, example.inputs, {
    group: (name) => name,
    sameType: (key) => key,
    secret: (field) => ({ secret: secretKey(declaration, field) }),
  });
  const api = declaration.module && CHOOSABLE.includes(section as Section) ? "api: v3.6\n" : "";
  // YAML 1.1 quotes what older readers take for numbers or booleans (08:00, yes), as export does.
  const doc = new Document({ [section]: [entry] }, { version: "1.1" });
  visit(doc, {
    Seq(_, seq) {
      if (seq.items.every((i) => isScalar(i))) seq.flow = true;
    },
  });
  return api + doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

/** Code, not a value, inside a TypeScript literal. */
class Code {
  constructor(readonly text: string) {}
}

function literal(value: unknown, indent: string): string {
  if (value instanceof Code) return value.text;
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, `${indent}  `));
    const flat = `[${items.join(", ")}]`;
    return flat.length <= 60 && !flat.includes("\n")
      ? flat
      : `[\n${items.map((i) => `${indent}  ${i},`).join("\n")}\n${indent}]`;
  }
  if (value && typeof value === "object") {
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    const rows = Object.entries(value).map(([k, v]) => `${key(k)}: ${literal(v, `${indent}  `)}`);
    const flat = `{ ${rows.join(", ")} }`;
    return flat.length <= 60 && !flat.includes("\n")
      ? flat
      : `{\n${rows.map((r) => `${indent}  ${r},`).join("\n")}\n${indent}}`;
  }
  return JSON.stringify(value);
}

/** The example as a TypeScript program: the groups it names declared, secrets read from the stack's config. */
export function exampleTypeScript(declaration: ResourceDeclaration, example: Example): string {
  const groups = new Set<string>();
  const siblings = new Set<string>();
  let secrets = false;
  const args = mapExample(declaration, example.inputs, {
    group: (name) => {
      groups.add(name);
      return new Code(`${camel(name)}.groupId`);
    },
    sameType: (key) => {
      siblings.add(String(key));
      return new Code(`${camel(String(key))}.id`);
    },
    secret: (field) => {
      secrets = true;
      return new Code(`config.requireSecret(${JSON.stringify(secretKey(declaration, field))})`);
    },
  });
  const groupClass = declaration.module ? `${declaration.module}.Group` : "Group";
  const imported = declaration.module
    ? [declaration.module]
    : [declaration.type, ...(groups.size ? ["Group"] : [])];
  const lines = [
    ...(secrets ? ['import * as pulumi from "@pulumi/pulumi";'] : []),
    `import { ${[...new Set(imported)].sort().join(", ")} } from "pulumi-livechat";`,
    "",
    ...(secrets ? ["const config = new pulumi.Config();"] : []),
    ...[...groups].map(
      (g) =>
        `const ${camel(g)} = new ${groupClass}(${JSON.stringify(camel(g))}, { name: ${JSON.stringify(g)} });`,
    ),
    ...[...siblings].map(
      (s) =>
        `// ${camel(s)}: the ${className(declaration)} ${JSON.stringify(s)}, declared in the same program`,
    ),
    `new ${className(declaration)}(${JSON.stringify(resourceName(declaration.account.section as Section, example.inputs, declaration.module ? "v3.6" : "v2"))}, ${literal(args, "")});`,
  ];
  return lines.join("\n") + "\n";
}
