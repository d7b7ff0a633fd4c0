// Objects in the account that a stack does not manage: the account's objects minus the ids in its state.
import { CHOOSABLE, declarationOf, sectionsOf, type Section, type SpecSection } from "../account/types";
import { className, registryKey, type WireObject } from "../provider/declaration";
import { listed, type AccountObjects } from "./account";
import type { UnmanagedObject } from "./report";

/**
 * What the listing reads for a stack that manages `managed` (ids by registry key), in two passes (one object per
 * section each): every section in the generation the stack declares it with (v3.6 where it holds only v3.6
 * resources of the section, so objects are listed in its own words; else the default), then the v3.6 types
 * whose objects the v2 type of their section does not see (webhooks), where the first pass read v2's.
 */
export function unmanagedSources(managed: Map<string, Set<string>> = new Map()): SpecSection[][] {
  const holds = (section: Section, api: "v2" | "v3.6") =>
    (managed.get(registryKey(declarationOf(section, api)))?.size ?? 0) > 0;
  const api = (section: Section) => (holds(section, "v3.6") && !holds(section, "v2") ? "v3.6" : undefined);
  const first = listed(sectionsOf({ api: Object.fromEntries(CHOOSABLE.map((s) => [s, api(s)])) }));
  return [
    first,
    CHOOSABLE.filter((s) => !declarationOf(s, "v2").account.sameInV36 && api(s) === undefined).map(
      (section) => ({ section, declaration: declarationOf(section, "v3.6") }),
    ),
  ];
}

/**
 * Every read section's objects that no id in `managed` (ids by registry key) names, by type as programs write
 * it (`Agent`, `v36.Bot`). Objects every account has (group 0, the owner) are never listed: they would put
 * the same lines in every report. A v2 object that the v3.6 type of its section manages is managed.
 */
export function unmanagedObjects(
  reads: { sections: SpecSection[]; account: AccountObjects }[],
  managed: Map<string, Set<string>>,
): Record<string, UnmanagedObject[]> {
  const groups = reads.flatMap((r) => r.account.groups ?? []);
  const groupName = new Map(groups.map((g) => [Number(g.id), String(g.name)]));
  const inGroup = (o: WireObject) =>
    Number(o.group ?? 0) === 0 ? "" : ` (group ${groupName.get(Number(o.group)) ?? o.group})`;

  const result: Record<string, UnmanagedObject[]> = {};
  for (const { sections, account } of reads) {
    for (const { section, declaration } of sections) {
      const objects = account[section];
      if (!objects) continue; // not read (credentials for the other generation only)
      const key = registryKey(declaration);
      const { builtIn, describe, sameInV36 } = declaration.account;
      const grouped = declaration.keyFields.includes("group");
      const ids = managed.get(key) ?? new Set<string>();
      const v36 = managed.get(`v36/${key}`) ?? new Set<string>();
      const v36IdOf = sameInV36?.idOf ?? declaration.idOf;
      result[className(declaration)] = objects
        .filter((o) => !builtIn?.(o) && !(sameInV36 && v36.has(v36IdOf(o))))
        .map((o) => ({ id: declaration.idOf(o), name: `${describe(o)}${grouped ? inGroup(o) : ""}` }))
        .filter((o) => !ids.has(o.id));
    }
  }
  return result;
}
