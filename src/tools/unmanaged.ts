// Objects in the account that a stack does not manage: the account's objects minus the ids in its state.
import type { WireObject } from "../provider/declaration";
import { registry } from "../resources/registry";
import { SECTIONS } from "../account/types";
import type { AccountObjects } from "./account";
import type { UnmanagedObject } from "./report";

/**
 * Group 0 (all agents) and the owner exist in every account and cannot be created or deleted through the
 * API: listing them would put the same two lines in every report, so they are never listed.
 */
const builtIn = (section: string, o: WireObject) =>
  (section === "groups" && Number(o.id) === 0) || (section === "agents" && o.permission === "owner");

export function unmanagedObjects(
  account: AccountObjects,
  managed: Map<string, Set<string>>,
): Record<string, UnmanagedObject[]> {
  const groupName = new Map(account.groups.map((g) => [Number(g.id), String(g.name)]));
  const inGroup = (o: WireObject) =>
    Number(o.group ?? 0) === 0 ? "" : ` (group ${groupName.get(Number(o.group)) ?? o.group})`;
  const nameOf: Record<string, (o: WireObject) => string> = {
    groups: (o) => String(o.name),
    agents: (o) => `${o.login} (${o.name})`,
    goals: (o) => String(o.name),
    greetings: (o) => `${o.name}${inGroup(o)}`,
    tags: (o) => `${o.name}${inGroup(o)}`,
    cannedResponses: (o) => `${shorten(String(o.text))}${inGroup(o)}`,
    webhooks: (o) => `${o.event_type} ${o.url}`,
  };

  const result: Record<string, UnmanagedObject[]> = {};
  for (const [section, type] of SECTIONS) {
    const ids = managed.get(type) ?? new Set<string>();
    result[type] = account[section]
      .filter((o) => !builtIn(section, o))
      .map((o) => ({ id: registry[type].idOf(o), name: nameOf[section](o) }))
      .filter((o) => !ids.has(o.id));
  }
  return result;
}

function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
