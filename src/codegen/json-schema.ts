// JSON Schemas made from the resource declarations: one per resource's inputs, and one for the account spec
// file (account.schema.json), which editors use to complete and check a spec as it is typed.
import * as z from "zod";
import type { Field, ResourceDeclaration } from "../provider/declaration";
import { sectionWords } from "../account/types";
import { v2Declarations } from "../resources/registry";

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
  const many = toJson(field.schema).type === "array";
  const doc = `${field.doc} In a spec, a group is named (when the spec declares it) or given by id.`;
  return described({ ...field, doc }, many ? z.array(GroupRef) : GroupRef);
}

/** One entry of a spec section: the resource's fields, and the spec's own keys. */
export function entrySchema(declaration: ResourceDeclaration) {
  const rules = declaration.account;
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
      ...(rules.notRenamable
        ? {}
        : {
            renamedFrom: z.string().min(1).optional().meta({
              description:
                "The entry's name before a rename: the object keeps its identity and is updated in place.",
            }),
          }),
    })
    .strict()
    .meta({ id: `${declaration.type}Entry`, description: declaration.doc });
}

/** The whole account spec file. */
export function accountSchema() {
  const sections = v2Declarations.map((d) => [
    d.account.section,
    z
      .array(entrySchema(d))
      .optional()
      .meta({
        description: `The account's ${sectionWords(d.account.section)}.`,
      }),
  ]);
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
      ...Object.fromEntries(sections),
    })
    .strict()
    .meta({
      description:
        "A whole LiveChat configuration in one file: objects refer to each other by name, so it applies to any license.",
    });
}

/** account.schema.json: the spec's JSON Schema, as shipped in the package. */
export function accountJsonSchema(): JsonSchema {
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "LiveChat account spec (pulumi-livechat)",
    ...toJson(accountSchema()),
  };
}

export { toJson };
