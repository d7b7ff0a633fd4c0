import { createHash } from "crypto";
import type { Section } from "./types";

// Resource names derived from natural keys, so the same spec gives the same names on every license.

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9@._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
const short = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 8);
const groupPart = (group: unknown) => slug(String(group ?? 0));

/** The Pulumi resource name of a spec entry (its `key` when given). */
export function resourceName(section: Section, entry: Record<string, unknown>): string {
  if (typeof entry.key === "string") return entry.key;
  switch (section) {
    case "groups":
      return `group-${slug(String(entry.name))}`;
    case "agents":
      return `agent-${slug(String(entry.login))}`;
    case "goals":
      return `goal-${slug(String(entry.name))}`;
    case "greetings":
      return `greeting-${groupPart(entry.group)}-${slug(String(entry.name))}`;
    case "tags":
      return `tag-${groupPart(entry.group)}-${slug(String(entry.name))}`;
    case "cannedResponses": {
      // Long texts make long names: keep the start readable and a hash of the whole for uniqueness.
      const text = String(entry.text);
      return `canned-${groupPart(entry.group)}-${slug(text).slice(0, 32)}-${short(text)}`;
    }
    case "webhooks":
      return `webhook-${slug(String(entry.eventType))}-${short(String(entry.url).replace(/^http:/i, "https:"))}`;
  }
}
