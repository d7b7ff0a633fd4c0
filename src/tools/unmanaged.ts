// Objects in the account that a stack does not manage: the account's objects minus the ids in its state.
import { declarationOf, SECTIONS } from "../account/types";
import type { WireObject } from "../provider/declaration";
import type { AccountObjects } from "./account";
import type { UnmanagedObject } from "./report";

/**
 * Every section's objects that no id in `managed` (ids by type) names. Objects every account has (group 0,
 * the owner) are never listed: they would put the same lines in every report.
 */
export function unmanagedObjects(
  account: AccountObjects,
  managed: Map<string, Set<string>>,
): Record<string, UnmanagedObject[]> {
  const groupName = new Map(account.groups.map((g) => [Number(g.id), String(g.name)]));
  const inGroup = (o: WireObject) =>
    Number(o.group ?? 0) === 0 ? "" : ` (group ${groupName.get(Number(o.group)) ?? o.group})`;

  const result: Record<string, UnmanagedObject[]> = {};
  for (const [section, type] of SECTIONS) {
    const declaration = declarationOf(section);
    const { builtIn, describe } = declaration.account;
    const grouped = declaration.keyFields.includes("group");
    const ids = managed.get(type) ?? new Set<string>();
    // Managed by the v3.6 type of the same section (a mixed stack, or one half-way through its migration).
    const v36 = managed.get(`v36/${type}`) ?? new Set<string>();
    const v36IdOf = declaration.account.v36IdOf ?? declaration.idOf;
    result[type] = account[section]
      .filter((o) => !builtIn?.(o) && !v36.has(v36IdOf(o)))
      .map((o) => ({ id: declaration.idOf(o), name: `${describe(o)}${grouped ? inGroup(o) : ""}` }))
      .filter((o) => !ids.has(o.id));
  }
  return result;
}
