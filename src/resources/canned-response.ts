import * as z from "zod";
import type { ResourceDeclaration } from "../provider/declaration";
import { asSet } from "../provider/fields";
import { integer, listOf, MAX, text, textOf } from "../provider/schema";
import { groupPart, short, slug } from "../account/slug";
import { groupedApi } from "./lists";

/** A long text on one line, cut to `max` characters. */
function shorten(text: string, max = 60): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

export const cannedResponseDeclaration: ResourceDeclaration = {
  type: "CannedResponse",
  doc: "A prepared answer agents insert with a shortcut tag.",
  keyFields: ["text", "group"],
  fields: {
    text: { doc: "The response's text.", schema: textOf({ max: MAX.text, multiline: true }), required: true },
    tags: {
      doc: "The shortcuts (tags) agents type to find the response; at least one. The server keeps them as a set.",
      schema: listOf(text, { nonEmpty: true }),
      required: true,
      canonical: asSet,
    },
    group: {
      doc: "Id of the group the response belongs to; 0, the default, is every agent. Changing it replaces the response.",
      schema: integer(0),
      refersTo: "group",
      default: 0,
      replace: true,
      fromWire: (o) => Number(o.group),
    },
  },
  outputs: {
    creationDate: { doc: "When it was created (unix seconds).", schema: z.number() },
    createdBy: { doc: "Login of the agent who created it.", schema: z.string() },
  },
  computed: (o) => ({ creationDate: o.creation_date, createdBy: o.created_by }),
  idOutput: { name: "cannedResponseId", doc: "The response's numeric id.", numeric: true },
  idOf: (o) => String(o.id),
  api: groupedApi("canned_responses", (ctx) => ctx.lists.of(cannedResponseDeclaration)),
  account: {
    section: "cannedResponses",
    notRenamable: "canned responses have no name; their text is updated in place",
    namePrefix: "canned",
    // Long texts make long names: keep the start readable and a hash of the whole for uniqueness.
    name: (e) => `canned-${groupPart(e.group)}-${slug(String(e.text)).slice(0, 32)}-${short(String(e.text))}`,
    nameFrom: ["group", "text"],
    describe: (o) => shorten(String(o.text)),
  },
  examples: [
    { title: "minimal", inputs: { text: "Thanks for waiting, I am back.", tags: ["wait"] } },
    {
      title: "every field",
      inputs: { text: "Have a great day, goodbye.", tags: ["bye", "cu"], group: "Support" },
      changed: { text: "Have a lovely day, goodbye!", tags: ["bye"], group: "Billing" },
    },
  ],
};
