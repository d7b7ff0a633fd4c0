// `renamedFrom: <old name>` keeps an object while its name changes: the entry's resource is declared under
// its new derived name with an alias to the old one, and so are the entries whose names include a renamed
// group's name (its greetings, tags and canned responses), so Pulumi updates in place instead of replacing.
import { mapGroupRefs } from "./group-refs";
import { resourceNames, type ResourceNames } from "./names";
import type { ResourceDeclaration } from "../provider/declaration";
import {
  apiOf,
  declarationOf,
  SECTION_NAMES,
  sectionWords,
  type AccountSpec,
  type Api,
  type Section,
} from "./types";

/** "groups, goals and greetings" */
const words = (list: string[]) => `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;

/** Why `renamedFrom` cannot rename the type's objects, if it cannot: it renames what the `name` field holds. */
export const whyNotRenamable = (d: ResourceDeclaration) =>
  d.account.notRenamable ??
  ("name" in d.fields ? undefined : `${sectionWords(d.account.section)} have no name`);

/** Sections whose name the API updates in place (in their default generation). */
const RENAMABLE = SECTION_NAMES.filter((section) => !whyNotRenamable(declarationOf(section))).map(
  sectionWords,
);

type Entry = Record<string, unknown>;

/** The spec as it was before its renames: each renamed entry under its old name, group references too. */
export function beforeRenames(spec: AccountSpec): AccountSpec {
  const oldGroupName = new Map<unknown, unknown>(
    (spec.groups ?? []).filter((g) => g.renamedFrom !== undefined).map((g) => [g.name, g.renamedFrom]),
  );
  const old: Record<string, unknown> = { api: spec.api };
  for (const section of SECTION_NAMES) {
    const entries = spec[section] as Entry[] | undefined;
    if (!entries) continue;
    const { fields } = declarationOf(section, apiOf(spec, section));
    old[section] = entries.map((e) => {
      const was: Entry = { ...e };
      if (e.renamedFrom !== undefined) was.name = e.renamedFrom;
      for (const [name, field] of Object.entries(fields))
        if (field.refersTo === "group" && e[name] !== undefined)
          was[name] = mapGroupRefs(field, e[name], (ref) =>
            oldGroupName.has(ref) ? oldGroupName.get(ref) : ref,
          );
      return was;
    });
  }
  return old as AccountSpec;
}

/** For each entry, the resource name it had before its renames, where that differs from its name now. */
export function previousNames(
  spec: AccountSpec,
  names: ResourceNames,
): Record<Section, (string | undefined)[]> {
  const before = resourceNames(beforeRenames(spec));
  return Object.fromEntries(
    SECTION_NAMES.map((section) => [
      section,
      names[section].map((name, i) => (before[section][i] !== name ? before[section][i] : undefined)),
    ]),
  ) as Record<Section, (string | undefined)[]>;
}

/** The entry's valid `renamedFrom`, reporting what is wrong with it otherwise. */
export function checkRenamedFrom(
  section: Section,
  api: Api,
  e: Record<string, unknown>,
  problem: (message: string) => void,
): string | undefined {
  const from = e.renamedFrom;
  if (from === undefined) return undefined;
  const why = whyNotRenamable(declarationOf(section, api));
  if (why) {
    problem(`${why}; remove renamedFrom (it is for ${words(RENAMABLE)})`);
  } else if (typeof from !== "string" || from.trim() === "") {
    problem("must be the entry's previous name, a non-empty string");
  } else if (from === e.name) {
    problem("is the entry's name itself; set it to the previous name, or remove it");
  } else return from;
  return undefined;
}
