// The account spec: a whole LiveChat configuration in one YAML file. Objects refer to each other by name
// (an agent's groups, a tag's group), so the same file applies to any license. Its entry types are generated
// from the resource declarations (src/generated/account-spec.ts), like its JSON Schema.
//
// Each section is declared with the resources of one API generation: v2's by default, v3.6's where the spec's
// `api` says so (once at the top, or per section), and v3.6's for the objects only v3.6 has (bots...).
import type { AccountSpec } from "../generated/account-spec";
import { registryKey, type ResourceDeclaration } from "../provider/declaration";
import { v2Declarations, v36Declarations } from "../resources/registry";

export type * from "../generated/account-spec";

/** A section of the spec: `groups`, `agents`, `bots`... */
export type Section = Exclude<keyof AccountSpec, "objects" | "adopt" | "api">;

/** The API generations a spec section can be declared with, as the spec writes them. */
export const APIS = ["v2", "v3.6"] as const;
export type Api = (typeof APIS)[number];

const v2Of = new Map(v2Declarations.map((d) => [d.account.section, d]));
const v36Of = new Map(v36Declarations.map((d) => [d.account.section, d]));

/** Every section in the order objects depend on each other: v2's, then those only v3.6 has. */
export const SECTION_NAMES = [...v2Of.keys(), ...[...v36Of.keys()].filter((s) => !v2Of.has(s))] as Section[];

/** The sections both generations have, for which the spec's `api` chooses. */
export const CHOOSABLE = SECTION_NAMES.filter((s) => v2Of.has(s) && v36Of.has(s));

/** The generation a section has when the spec says nothing: v2 where v2 has it. */
const defaultApi = (section: string): Api => (v2Of.has(section) ? "v2" : "v3.6");

/**
 * Every section with the registry key of its default type (`["groups", "Group"]`, `["bots", "v36/Bot"]`), in
 * dependency order. A spec may declare a section with the other generation: see `sectionsOf`.
 */
export const SECTIONS = SECTION_NAMES.map(
  (s) => [s, registryKey(declarationOf(s))] as const,
) as readonly (readonly [Section, string])[];

/** A section's name in words: "canned responses". */
export const sectionWords = (section: string) => section.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);

/** The declaration of a section's type in a generation (default: the section's default generation). */
export function declarationOf(section: Section, api: Api = defaultApi(section)): ResourceDeclaration {
  const declaration = (api === "v2" ? v2Of : v36Of).get(section);
  if (!declaration) throw new Error(`the ${sectionWords(section)} section has no ${api} type`);
  return declaration;
}

/** Whether a generation has the section. */
export const hasSection = (section: Section, api: Api): boolean => (api === "v2" ? v2Of : v36Of).has(section);

/** The generation a spec declares a section with: its own `api` line, the spec's `api`, or the default. */
export function apiOf(spec: { api?: unknown }, section: Section): Api {
  if (!CHOOSABLE.includes(section)) return defaultApi(section);
  // Anything but v3.6 reads as v2: the loader refuses a bad api line on its own.
  const api = spec.api;
  const chosen = api && typeof api === "object" ? (api as Record<string, unknown>)[section] : api;
  return chosen === "v3.6" ? "v3.6" : "v2";
}

/** A section as a spec declares it: the name and the type of its entries. */
export interface SpecSection {
  section: Section;
  declaration: ResourceDeclaration;
}

/** The sections of a spec with the type each is declared with, in dependency order. */
export const sectionsOf = (spec: { api?: unknown }): SpecSection[] =>
  SECTION_NAMES.map((section) => ({ section, declaration: declarationOf(section, apiOf(spec, section)) }));
