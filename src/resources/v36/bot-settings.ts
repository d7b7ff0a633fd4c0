// A v3.6 bot's fields that reuse an agent's rules: groups with routing priorities (the bot's own types), a
// work schedule whose timezone bots must give, and the avatar, an address the server may report bare.
import * as z from "zod";
import type { Field, Props } from "../../provider/declaration";
import { explained, httpUrlOf, MAX, problemOf } from "../../provider/schema";
import { groups as agentGroups, workScheduler as agentSchedule } from "./agent-settings";
import { PRIORITIES } from "./priorities";

const membership = z
  .object({
    groupId: z.int().min(0).meta({ description: "The group's id." }),
    priority: z.enum(PRIORITIES).meta({
      description: "first (before everyone), normal (primary), last (secondary) or supervisor (no chats).",
    }),
  })
  .strict()
  .meta({
    id: "BotGroup",
    description: "A group the bot belongs to, with the bot's routing priority in it.",
  });

export const groups: Field = {
  ...agentGroups,
  doc:
    "The groups the bot belongs to, each with the bot's routing priority (a set); every bot is also in group 0. " +
    "Leave unset to manage membership from the groups' side (`v36.Group.agentPriorities`).",
  // The same rules as an agent's groups, and the bot's own type in the generated code.
  schema: explained(z.array(membership).meta({ uniqueItems: true }), (v) => problemOf(agentGroups.schema, v)),
};

export const workScheduler: Field = {
  ...agentSchedule,
  doc: "Working hours: a timezone (required for bots) and ranges of hours, several a day if need be. Unmanaged when unset.",
  // A bot's schedule names its timezone: the check says so, and the JSON Schema's `required` for editors.
  schema: explained(agentSchedule.schema, (v) => {
    const given = v && typeof v === "object" ? (v as Props).timezone : undefined;
    if (v && typeof v === "object" && !Array.isArray(v) && given === undefined)
      return ".timezone is required for a bot's schedule, like Europe/Warsaw";
    return problemOf(agentSchedule.schema, v);
  }).meta({ type: "object", required: ["timezone"], properties: { timezone: true } }),
};

/**
 * The address without its scheme: list_bots' example answers `avatar_path` as `example.com/avatar.jpg`. Every
 * scheme at its start, so that the bare form of a bare form is the same (https://https://x answered as https://x).
 */
const bare = (v: unknown) => (typeof v === "string" ? v.replace(/^(?:https?:\/\/)+/i, "") : v);

export const avatar: Field = {
  doc: "The address of the bot's avatar image. Unmanaged when unset.",
  schema: httpUrlOf(MAX.url),
  fromWire: (o) => o.avatar_path ?? o.avatar,
  canonical: bare,
};
