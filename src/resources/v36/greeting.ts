import * as z from "zod";
import type { Context, Props, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { bool, explained, integer, oneOf, text } from "../../provider/schema";
import { greetingDeclaration } from "../greeting";
import { byId } from "../match";
import { properties } from "./greeting-content";
import { keepButtonIds, richMessage } from "./greeting-rich-message";
import { rules } from "./greeting-rules";

const lists = (ctx: Context) => ctx.lists.of(greetingV36Declaration);
const PAGE = 100;

interface Page {
  greetings: WireObject[];
  next_page_id?: string;
}

/** Every greeting of the account: list_greetings page after page. */
async function listAll(ctx: Context): Promise<WireObject[]> {
  const all: WireObject[] = [];
  const seen = new Set<string>();
  let page = await ctx.client.action<Page>("list_greetings", { limit: PAGE });
  for (;;) {
    all.push(...page.greetings);
    const next = page.next_page_id;
    if (!next) return all;
    // A page id seen before would page forever.
    if (seen.has(next)) throw new Error(`v36.Greeting: list_greetings answered the page id ${next} twice`);
    seen.add(next);
    page = await ctx.client.action<Page>("list_greetings", { page_id: next });
  }
}
const listGreetings = (ctx: Context) => lists(ctx).get(() => listAll(ctx));

const templateOf = (inputs: Props | undefined) => (inputs?.richMessage as Props | undefined)?.templateId;

/** The server never reports a rich message's template: it is the one last applied. */
function withTemplate(greeting: WireObject, template: unknown): WireObject {
  const rich = greeting.rich_message as WireObject | undefined;
  if (!rich || rich.template_id !== undefined || template === undefined) return greeting;
  return { ...greeting, rich_message: { template_id: template, ...rich } };
}

/**
 * The greeting as the server keeps it after a write that answered nothing or only the id (button ids it
 * made, properties.text), kept in the cache; when that read fails, what was sent (the write took place).
 */
async function readBack(ctx: Context, id: unknown, sent: () => Promise<WireObject>): Promise<WireObject> {
  const greeting = await ctx.client
    .action<WireObject>("get_greeting", { id: Number(id) })
    .catch(async () => ({ ...(await sent()), id }));
  lists(ctx).upsert(greeting, byId(id));
  return greeting;
}

// RFC 3339's hours (00-23), minutes, seconds (no leap second: Date.parse refuses it) and offsets (to 23:59), also
// the JSON Schema's pattern beside its format (which takes a space for the T, +0200 and 23:59:60).
const RFC3339_PATTERN =
  "^(\\d{4})-(\\d{2})-(\\d{2})[Tt](?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:[Zz]|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$";
const RFC3339 = new RegExp(RFC3339_PATTERN);
/** A real moment: Date.parse alone takes February 30th for March 1st. */
function isDateTime(v: unknown): boolean {
  const m = typeof v === "string" ? RFC3339.exec(v) : null;
  if (!m || Number.isNaN(Date.parse(v as string))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // setUTCFullYear, not Date.UTC: Date.UTC takes years 0 to 99 for 1900 to 1999 (0000-02-29 is a leap day,
  // 1900-02-29 none).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCDate() === day;
}
const dateTime = explained(z.string().meta({ format: "date-time", pattern: RFC3339_PATTERN }), (v) =>
  isDateTime(v)
    ? undefined
    : "must be an RFC 3339 date and time, like 2024-01-01T00:00:00Z or 2024-01-01T09:00:00+02:00",
);
// The server may write the same moment another way (another offset, fractions of a second).
const instant = (v: unknown) => (typeof v === "string" ? Date.parse(v) : v);

export const greetingV36Declaration: ResourceDeclaration = {
  type: "Greeting",
  module: "v36",
  doc:
    "A greeting (Configuration API v3.6): a message or rich message shown to visitors when its rules match, " +
    "normal or an announcement, within an optional time window. Everything but its group changes in place.",
  keyFields: ["name", "group"],
  fields: {
    name: {
      doc: "The greeting's name in the LiveChat settings (visitors do not see it).",
      schema: text,
      required: true,
    },
    group: {
      doc: "Id of the group whose chat window shows the greeting; default 0. Changing it replaces the greeting.",
      schema: integer(0),
      refersTo: "group",
      default: 0,
      replace: true,
      alwaysReturned: true,
      fromWire: (o) => (o.group === undefined ? undefined : Number(o.group)),
    },
    type: {
      doc: "normal (default) or announcement (at most 10 in an account). Changed in place.",
      schema: oneOf(["normal", "announcement"]),
      default: "normal",
    },
    active: { doc: "Whether the greeting is on. Default true.", schema: bool, default: true },
    activeFrom: {
      doc: "When the greeting starts being active (RFC 3339). Unmanaged when unset: the API cannot clear it.",
      schema: dateTime,
      canonical: instant,
    },
    activeUntil: {
      doc: "When the greeting stops being active (RFC 3339). Unmanaged when unset: the API cannot clear it.",
      schema: dateTime,
      canonical: instant,
    },
    rules,
    properties,
    richMessage,
  },
  validate: {
    reads: ["activeFrom", "activeUntil"],
    run: ({ activeFrom, activeUntil }) =>
      typeof activeFrom === "string" &&
      typeof activeUntil === "string" &&
      !(Date.parse(activeFrom) < Date.parse(activeUntil))
        ? [{ property: "activeUntil", reason: "must be later than activeFrom" }]
        : [],
  },
  idOutput: { name: "greetingId", doc: "The greeting's numeric id.", numeric: true },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const { id } = await ctx.client.action<{ id: number }>("create_greeting", body);
      const greeting = await readBack(ctx, id, async () => body);
      return withTemplate(greeting, (body.rich_message as WireObject | undefined)?.template_id);
    },
    async read(ctx, id, outputs) {
      const greeting = (await listGreetings(ctx)).find(byId(id));
      return greeting && withTemplate(greeting, templateOf(outputs));
    },
    async update(ctx, id, body, desired, outputs) {
      const changes = { ...body };
      if (changes.rich_message)
        changes.rich_message = keepButtonIds(changes.rich_message as WireObject, outputs.richMessage);
      await ctx.client.action("update_greeting", { id: Number(id), ...changes });
      const greeting = await readBack(ctx, id, async () => ({
        ...(await listGreetings(ctx)).find(byId(id)),
        ...changes,
      }));
      return withTemplate(greeting, templateOf(desired) ?? templateOf(outputs));
    },
    async remove(ctx, id) {
      await ctx.client.action("delete_greeting", { id: Number(id) });
      lists(ctx).remove(byId(id));
    },
    // One list for every group: the natural key's group is compared on each greeting.
    list: listGreetings,
  },
  account: {
    ...greetingDeclaration.account,
    exportNote: undefined,
    exported: undefined,
  },
  examples: [
    {
      title: "minimal",
      inputs: { name: "Hi there", rules: [{ type: "visit_time_site", operator: "greater_than", value: 30 }] },
    },
    {
      title: "every field",
      inputs: {
        name: "Spring sale",
        group: "Support",
        type: "normal",
        active: true,
        activeFrom: "2030-01-01T00:00:00Z",
        activeUntil: "2030-12-31T23:59:59+01:00",
        rules: [
          { type: "url_current", operator: "contains", value: "checkout" },
          { condition: "or", type: "visit_time_site", operator: "greater_than", value: 30 },
          { type: "custom_variable", sessionField: { cart: "full" } },
          { type: "url_funnel", urls: [{ url: "shop.example.com" }, { url: "cart", operator: "contains" }] },
        ],
        properties: { messageText: "Hello! How can we help?", addon: "chat_widget", isExitIntent: false },
        richMessage: {
          templateId: "cards",
          elements: [
            {
              title: "Welcome!",
              subtitle: "How can we help you today?",
              image: { url: "https://example.com/hi.png", alternativeText: "Hi" },
              buttons: [{ text: "Support", type: "message", value: "I need support", postbackId: "support" }],
            },
          ],
        },
      },
      changed: {
        name: "Summer sale",
        group: "Billing",
        type: "announcement",
        active: false,
        activeFrom: "2031-01-01T00:00:00Z",
        activeUntil: "2031-06-30T00:00:00Z",
        rules: [{ type: "ads_traffic", sessionField: { google: "spring" } }],
        properties: { messageText: "Welcome back!", isExitIntent: true },
        richMessage: {
          templateId: "quick_replies",
          elements: [
            {
              title: "Again!",
              subtitle: "Who would you like to talk to?",
              buttons: [{ text: "Sales", type: "message", value: "Talk to sales", postbackId: "sales" }],
            },
          ],
        },
      },
    },
  ],
};
