// Names for the ids a plan meets: groups by their names, agents and bots by their names and logins. They come
// from the stack's last deployment and from the preview itself (a group made by the change has no id yet: the
// inputs that refer to it name it through their dependencies).
import type { Props } from "../../provider/declaration";
import { isUnknown } from "../../provider/fields";
import { registryKeyOf } from "../drift-events";
import type { PlanStep } from "./steps";

const GROUPS = new Set(["Group", "v36/Group"]);
const MEMBERS = new Set(["Agent", "v36/Agent", "v36/Bot"]);

export class Names {
  private groups = new Map<string, string>();
  private members = new Map<string, string>();
  /** Groups the change makes, by URN: their names, for inputs that refer to them before they have an id. */
  private newGroups = new Map<string, string>();

  constructor(state: { type?: string; id?: string; outputs?: Props }[], steps: PlanStep[]) {
    for (const r of state) this.learn(registryKeyOf(r.type), r.id, r.outputs);
    for (const s of steps) {
      this.learn(s.key, s.old?.id, s.old?.outputs);
      if (GROUPS.has(s.key) && s.op === "create" && typeof s.new?.inputs.name === "string")
        this.newGroups.set(s.urn, s.new.inputs.name);
      // A renamed agent is named as the change leaves it.
      if (MEMBERS.has(s.key) && s.new) this.learn(s.key, memberIdOf(s), s.new.inputs);
    }
  }

  private learn(key: string | undefined, id: string | undefined, props: Props | undefined): void {
    if (!key || !id || !props || typeof props.name !== "string") return;
    if (GROUPS.has(key)) this.groups.set(id, props.name);
    if (MEMBERS.has(key)) this.members.set(id.toLowerCase(), props.name);
  }

  /** "Sales"; the default group 0 when no stack names it; "group 7" for one nobody named. */
  group(id: unknown): string {
    const name = this.groups.get(String(id));
    if (name) return name;
    return String(id) === "0" ? "the default group" : `group ${String(id)}`;
  }

  /** "John Roe (john@example.com)"; the login alone when no name is known. */
  member(id: unknown): string {
    const name = this.members.get(String(id).toLowerCase());
    return name ? `${name} (${String(id)})` : String(id);
  }

  /**
   * The groups a list of ids refers to, by name: ids not known before the change (groups it makes) are named
   * through the field's dependencies, as a set (group lists are sets).
   */
  groupList(ids: unknown[], dependsOn: string[] = []): string[] {
    const known = ids.filter((id) => !isUnknown(id)).map((id) => this.group(id));
    const unknown = ids.length - ids.filter((id) => !isUnknown(id)).length;
    // Without dependencies (a preview's engine events carry none), the groups the change makes, if as many.
    const made = dependsOn.length
      ? dependsOn.map((urn) => this.newGroups.get(urn)).filter((n): n is string => !!n)
      : [...this.newGroups.values()];
    if (unknown === 0) return known;
    if (made.length === unknown) return [...known, ...made];
    return [...known, ...Array<string>(unknown).fill("a group this change makes")];
  }

  /** The one group a field names (a greeting's), as above. */
  groupOf(id: unknown, dependsOn: string[] = []): string {
    return this.groupList([id], dependsOn)[0];
  }
}

/** The id of an agent or bot: its login (agent id) as the state or the inputs say. */
export function memberIdOf(step: PlanStep): string | undefined {
  const props = step.new?.inputs ?? step.old?.outputs ?? {};
  const id = props.login ?? props.agentId ?? step.old?.id;
  return typeof id === "string" && !isUnknown(id) ? id : step.old?.id;
}
