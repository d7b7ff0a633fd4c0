// `renamedFrom: <old name>` keeps an object while its name changes: the entry's resource is declared under
// its new derived name with an alias to the old one, and so are the entries whose names include a renamed
// group's name (its greetings, tags and canned responses), so Pulumi updates in place instead of replacing.
import { resourceNames, type ResourceNames } from "./names";
import { declarationOf, SECTIONS, type AccountSpec, type Section } from "./types";

/** "groups, goals and greetings" */
const words = (list: string[]) => `${list.slice(0, -1).join(", ")} and ${list[list.length - 1]}`;

/** Sections whose name the API updates in place. */
const RENAMABLE = SECTIONS.filter(([section]) => !declarationOf(section).account.notRenamable).map(
  ([s]) => s,
);

type Entry = Record<string, unknown>;

/** The spec as it was before its renames: each renamed entry under its old name, group references too. */
export function beforeRenames(spec: AccountSpec): AccountSpec {
  const oldGroupName = new Map<unknown, unknown>(
    (spec.groups ?? []).filter((g) => g.renamedFrom !== undefined).map((g) => [g.name, g.renamedFrom]),
  );
  const old: Record<string, Entry[]> = {};
  for (const [section] of SECTIONS) {
    const entries = spec[section] as Entry[] | undefined;
    if (!entries) continue;
    old[section] = entries.map((e) => {
      const was: Entry = { ...e };
      if (e.renamedFrom !== undefined) was.name = e.renamedFrom;
      if (oldGroupName.has(e.group)) was.group = oldGroupName.get(e.group);
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
    SECTIONS.map(([section]) => [
      section,
      names[section].map((name, i) => (before[section][i] !== name ? before[section][i] : undefined)),
    ]),
  ) as Record<Section, (string | undefined)[]>;
}

/** The entry's valid `renamedFrom`, reporting what is wrong with it otherwise. */
export function checkRenamedFrom(
  section: Section,
  e: Record<string, unknown>,
  problem: (message: string) => void,
): string | undefined {
  const from = e.renamedFrom;
  if (from === undefined) return undefined;
  const why = declarationOf(section).account.notRenamable;
  if (why) {
    problem(`${why}; remove renamedFrom (it is for ${words(RENAMABLE)})`);
  } else if (typeof from !== "string" || from.trim() === "") {
    problem("must be the entry's previous name, a non-empty string");
  } else if (from === e.name) {
    problem("is the entry's name itself; set it to the previous name, or remove it");
  } else return from;
  return undefined;
}
