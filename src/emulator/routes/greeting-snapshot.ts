// Greetings in the snapshot (GET /_emulator/state, seeds, the data file): v2's answer plus what it hides,
// the group, subtype, and v3.6's schedule, other properties and rich message. A greeting made through v3.6
// without a message text has "greeting-message_text": null; a seed that leaves the key out gets v2's
// default text, as before.

import { badRequest } from "../errors";
import { DEFAULT_GREETING_MESSAGE, reserveId, type Greeting, type State } from "../model";
import {
  has,
  integer,
  isPlainObject,
  object,
  oneOf,
  optional,
  required,
  scalarString,
  string,
  within,
  type Input,
} from "../validate";
import { MESSAGE, activeFlag, greetingToWire, message, parseRules, ruleToWire } from "./greetings";
import { existingGroup } from "./groups";

export function greetingToState(greeting: Greeting): Input {
  const wire = greetingToWire(greeting);
  const properties: Input = { active: greeting.active ? "1" : "0", [MESSAGE]: greeting.message ?? null };
  return {
    ...wire,
    // The stored order: v3.6 shows it (v2's answer is ordered by type).
    rules: greeting.rules.map(ruleToWire),
    properties: { ...properties, ...greeting.properties },
    group: greeting.group,
    ...(greeting.subtype ? { subtype: "announcement" } : {}),
    ...(greeting.activeFrom ? { active_from: greeting.activeFrom } : {}),
    ...(greeting.activeUntil ? { active_until: greeting.activeUntil } : {}),
    ...(greeting.richMessage ? { rich_message: structuredClone(greeting.richMessage) } : {}),
  };
}

function otherProperties(wire: Input): Record<string, string> | undefined {
  const given = optional(wire, "properties", object("properties")) ?? {};
  const entries = Object.entries(given)
    .filter(([key]) => key !== "active" && key !== MESSAGE)
    .map(([key, value]) => [key, scalarString(`properties[${key}]`)(value)]);
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/** Seed/load: a greeting as GET answers it, plus optional `group` and `subtype` (which GET omits). */
export function importGreeting(state: State, wire: unknown, where: string): void {
  within(where, () => {
    if (!isPlainObject(wire)) throw badRequest("must be an object");
    const id = has(wire, "id") ? integer("id", 1)(wire.id) : state.nextIds.greeting;
    const subtype = optional(wire, "subtype", oneOf("subtype", ["announcement"] as const));
    const given = optional(wire, "properties", object("properties"));
    const text = given && given[MESSAGE] === null ? undefined : (message(wire) ?? DEFAULT_GREETING_MESSAGE);
    const properties = otherProperties(wire);
    const activeFrom = optional(wire, "active_from", string("active_from"));
    const activeUntil = optional(wire, "active_until", string("active_until"));
    const richMessage = optional(wire, "rich_message", object("rich_message"));
    const greeting: Greeting = {
      id,
      group: optional(wire, "group", (v) => existingGroup(state, v).id) ?? 0,
      active: activeFlag(wire) ?? true,
      name: required(wire, "name", "a non-empty string", string("name")),
      ...(subtype ? { subtype } : {}),
      ...(text !== undefined ? { message: text } : {}),
      rules: required(wire, "rules", "a non-empty list of rules", (v) => parseRules(state, v, true)),
      ...(activeFrom ? { activeFrom } : {}),
      ...(activeUntil ? { activeUntil } : {}),
      ...(properties ? { properties } : {}),
      ...(richMessage ? { richMessage } : {}),
    };
    const index = state.greetings.findIndex((g) => g.id === id);
    if (index >= 0) state.greetings[index] = greeting;
    else state.greetings.push(greeting);
    state.greetings.sort((a, b) => a.id - b.id);
    reserveId(state, "greeting", id);
  });
}
