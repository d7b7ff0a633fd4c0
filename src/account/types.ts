// The account spec: a whole LiveChat configuration in one YAML file. Objects refer to each other by name
// (an agent's groups, a tag's group), so the same file applies to any license. Its entry types are generated
// from the resource declarations (src/generated/account-spec.ts), like its JSON Schema.
import type { AccountSpec } from "../generated/account-spec";
import type { ResourceDeclaration } from "../provider/declaration";
import { v2Declarations } from "../resources/registry";

export type * from "../generated/account-spec";

/** A section of the spec: `groups`, `agents`, ... */
export type Section = Exclude<keyof AccountSpec, "objects" | "adopt">;

/**
 * The spec's sections in the order objects depend on each other (the registry's v2 types), with the resource
 * type of each.
 */
export const SECTIONS = v2Declarations.map(
  (d) => [d.account.section as Section, d.type] as const,
) as readonly (readonly [Section, string])[];

/** A section's name in words: "canned responses". */
export const sectionWords = (section: string) => section.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** The declaration of a section's resource type. */
export const declarationOf = (section: Section): ResourceDeclaration =>
  v2Declarations.find((d) => d.account.section === section)!;
