// JSON Schemas made from the resource declarations: one per resource's inputs, one for the account spec file
// (account.schema.json) and one for a stack's overlay (overlay.schema.json), which editors use to complete and
// check those files as they are typed.
import * as z from "zod";
import type { Field, ResourceDeclaration } from "../provider/declaration";
import { holdsList } from "../account/group-refs";
import { whyNotRenamable } from "../account/renames";
import { APIS, CHOOSABLE, declarationOf, hasSection, SECTION_NAMES, sectionWords } from "../account/types";
import { v2Declarations, v36Declarations } from "../resources/registry";

export type JsonSchema = Record<string, unknown>;

const toJson = (schema: z.ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "output", unrepresentable: "any" });
  return rest;
};

/** A field's schema with its doc as the description; optional unless required. */
const described = (field: Field, schema: z.ZodType = field.schema) => {
  const withDoc = schema.meta({ description: field.doc });
  return field.required ? withDoc : withDoc.optional();
};

/** The inputs a resource takes, as one zod object (the lifecycle's `adopt` included). */
export function inputsSchema(declaration: ResourceDeclaration) {
  return z
    .object({
      ...Object.fromEntries(Object.entries(declaration.fields).map(([name, f]) => [name, described(f)])),
      adopt: ADOPT,
    })
    .strict();
}

const ADOPT = z
  .boolean()
  .optional()
  .meta({
    description:
      "Take over an object that already exists in the account with the same natural key, bringing it to the " +
      "desired state, instead of failing on the duplicate (Pulumi's import does not work for dynamic providers).",
  });

/** A group as the account spec names it: by name (declared in the spec) or by numeric id; 0 is all agents. */
const GroupRef = z.union([z.string().min(1), z.int().min(0)]).meta({
  id: "GroupRef",
  description: "A group: its name in this spec, or its numeric id (0 is all agents).",
});

/** A secret taken from the stack's config, never written in the spec itself. */
const SecretRef = z
  .object({ secret: z.string().min(1).meta({ description: "The stack config key that holds the secret." }) })
  .strict()
  .meta({
    id: "SecretRef",
    description:
      "A secret from the stack's config: `{ secret: jennyPassword }` reads `pulumi config --secret jennyPassword`.",
  });

/** A field as an account spec entry writes it: groups by name, secrets by config key. */
function entryField(field: Field): z.ZodType {
  if (field.secret)
    return described({ ...field, doc: `${field.doc} In a spec: \`{ secret: <config key> }\`.` }, SecretRef);
  if (field.refersTo !== "group") return described(field);
  const doc = `${field.doc} In a spec, a group is named (when the spec declares it) or given by id.`;
  // A key inside list items: the items' own schema is patched in the whole spec's JSON (accountJson).
  if (field.refersAt) return described({ ...field, doc });
  return described({ ...field, doc }, holdsList(field) ? z.array(GroupRef) : GroupRef);
}

/** The name of a type's spec entry: `AgentEntry`, `V36AgentEntry`. */
const entryId = (d: ResourceDeclaration) => `${d.module ? d.module.toUpperCase() : ""}${d.type}Entry`;

/** One entry of a spec section: the resource's fields, and the spec's own keys. */
export function entrySchema(declaration: ResourceDeclaration) {
  return z
    .object({
      ...Object.fromEntries(Object.entries(declaration.fields).map(([name, f]) => [name, entryField(f)])),
      adopt: z.boolean().optional().meta({
        description: "Take over an existing object with the same natural key. Default: the spec's `adopt`.",
      }),
      key: z.string().min(1).optional().meta({
        description:
          "The Pulumi resource name; default: derived from the natural key. Set it to rename without replacing.",
      }),
      ...(whyNotRenamable(declaration)
        ? {}
        : {
            renamedFrom: z.string().min(1).optional().meta({
              description:
                "The entry's name before a rename: the object keeps its identity and is updated in place.",
            }),
          }),
    })
    .strict()
    .meta({ id: entryId(declaration), description: declaration.doc });
}

const API = z.enum(APIS);
const API_DOC =
  "The LiveChat API generation the spec's objects are declared with: `v2` (the default) or `v3.6`, for every " +
  `section both have (${CHOOSABLE.join(", ")}), or per section (\`api: { agents: v3.6 }\`). Goals and canned ` +
  "responses exist only in v2; bots, auto accesses, properties and webhook states only in v3.6.";

/** The whole account spec file. */
export function accountSchema() {
  const sections = SECTION_NAMES.map((section) => {
    const entries = APIS.filter((api) => hasSection(section, api)).map((api) =>
      z.array(entrySchema(declarationOf(section, api))),
    );
    const words = sectionWords(section);
    const description =
      entries.length > 1
        ? `The account's ${words} (their fields follow the section's \`api\`).`
        : `The account's ${words}.`;
    return [section, (entries.length > 1 ? z.union(entries) : entries[0]).optional().meta({ description })];
  });
  return z
    .object({
      objects: z
        .literal("none")
        .optional()
        .meta({
          description:
            "`none` says that a spec without entries is meant: applying it deletes every object the stack manages. " +
            "Without it, a spec with no entries is refused (a file cut short must not empty the account).",
        }),
      adopt: z.boolean().optional().meta({ description: "Default for every entry's `adopt`." }),
      api: z
        .union([API, z.object(Object.fromEntries(CHOOSABLE.map((s) => [s, API.optional()]))).strict()])
        .optional()
        .meta({ description: API_DOC }),
      ...Object.fromEntries(sections),
    })
    .strict()
    .meta({
      description:
        "A whole LiveChat configuration in one file: objects refer to each other by name, so it applies to any license.",
    });
}

/**
 * The spec's JSON Schema (without `$schema`): the zod schema's, where each section both generations have is
 * checked against the generation the spec's `api` names, and group references inside list items (a v3.6
 * agent's `groupId`) take group names.
 */
export function accountJson(): JsonSchema {
  const json = toJson(accountSchema()) as JsonSchema & { $defs: Record<string, JsonSchema> };
  const ref = (d: ResourceDeclaration) => ({ type: "array", items: { $ref: `#/$defs/${entryId(d)}` } });
  json.allOf = CHOOSABLE.map((section) => ({
    if: {
      required: ["api"],
      properties: {
        api: {
          anyOf: [
            { const: "v3.6" },
            { type: "object", required: [section], properties: { [section]: { const: "v3.6" } } },
          ],
        },
      },
    },
    then: { properties: { [section]: ref(declarationOf(section, "v3.6")) } },
    else: { properties: { [section]: ref(declarationOf(section, "v2")) } },
  }));
  for (const d of [...v2Declarations, ...v36Declarations]) {
    for (const field of Object.values(d.fields)) {
      if (field.refersTo !== "group" || !field.refersAt) continue;
      const items = (toJson(field.schema).items ?? {}) as JsonSchema;
      const item = json.$defs[refName(String(items.$ref))];
      if (!item) throw new Error(`${d.type}: the items of a field with refersAt need a schema id`);
      (item.properties as Record<string, JsonSchema>)[field.refersAt] = { $ref: "#/$defs/GroupRef" };
    }
  }
  return json;
}

/** The name a `$ref` points at in `$defs`. */
export const refName = (ref: string) => ref.replace("#/$defs/", "");

/** account.schema.json: the spec's JSON Schema, as shipped in the package. */
export function accountJsonSchema(): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "LiveChat account spec (pulumi-livechat)",
    ...accountJson(),
  };
}

/**
 * overlay.schema.json: a stack's overlay (src/account/overlay.ts). Entries it adds are checked as the spec's, of
 * either generation (the overlay does not say which its base spec declares); changes take the entries' fields,
 * null taking one out, and pick their entry by `match`.
 */
export function overlayJsonSchema(): JsonSchema {
  const { $defs } = accountJson() as { $defs: Record<string, JsonSchema> };
  const pick = {
    description:
      "Which entry: its name as people say it (the natural key's first field: `name`, an agent's `login`, a " +
      "canned response's `text`, a webhook's `url`) or its `key`; or a mapping of the natural key's fields.",
    anyOf: [
      { type: "string", minLength: 1 },
      { type: "object", minProperties: 1 },
    ],
  };
  const sections = SECTION_NAMES.map((section) => {
    const ids = APIS.filter((api) => hasSection(section, api)).map((api) =>
      entryId(declarationOf(section, api)),
    );
    const refs = ids.map((id) => ({ $ref: `#/$defs/${id}` }));
    // A field's schema in each generation that has it, or null to take the field out.
    const fields: Record<string, JsonSchema[]> = {};
    for (const id of ids)
      for (const [name, schema] of Object.entries($defs[id].properties as Record<string, JsonSchema>))
        (fields[name] ??= []).push(schema);
    const change = {
      type: "object",
      required: ["match"],
      minProperties: 2,
      additionalProperties: false,
      properties: {
        match: pick,
        ...Object.fromEntries(
          Object.entries(fields).map(([name, schemas]) => [name, { anyOf: [...schemas, { type: "null" }] }]),
        ),
      },
    };
    const list = (items: JsonSchema, description: string) => ({ type: "array", items, description });
    return [
      section,
      {
        type: "object",
        additionalProperties: false,
        description: `What this license does differently in the spec's ${sectionWords(section)}.`,
        properties: {
          add: list(
            refs.length > 1 ? { anyOf: refs } : refs[0],
            "Entries this license has besides the spec's.",
          ),
          change: list(change, "Fields to set on an entry the spec has (null takes a field out)."),
          remove: list(pick, "Entries of the spec this license leaves out."),
        },
      },
    ];
  });
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "LiveChat account spec overlay (pulumi-livechat)",
    description:
      "What one license does differently from the shared account spec: a stack's config `overlay`.",
    type: "object",
    additionalProperties: false,
    properties: {
      adopt: { type: "boolean", description: "Overrides the spec's top-level `adopt`." },
      ...Object.fromEntries(sections),
    },
    $defs,
  };
}

export { toJson };
