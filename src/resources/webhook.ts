import * as z from "zod";
import { pathOf } from "../client/path";
import { short, slug } from "../account/slug";
import type { Context, ResourceDeclaration, WireObject } from "../provider/declaration";
import { asSet } from "../provider/fields";
import { findByNaturalKey, hasNaturalKey } from "../provider/find";
import { httpUrlOf, listOf, MAX, oneOf } from "../provider/schema";

export const EVENT_TYPES = [
  "chat_started",
  "chat_ended",
  "chat_changed",
  "visitor_queued",
  "ticket_created",
  "canned_response_changed",
] as const;

/** Which event types each data type may be sent with, as the API documents it. */
export const DATA_TYPES = {
  chat: ["chat_started", "chat_ended", "chat_changed"],
  visitor: ["chat_started", "chat_ended", "chat_changed", "visitor_queued"],
  pre_chat_survey: ["chat_started", "chat_ended"],
  ticket: ["ticket_created"],
  canned_response: ["canned_response_changed"],
} as Record<string, readonly string[]>;
const DATA_TYPE_NAMES = Object.keys(DATA_TYPES) as [string, ...string[]];

const webhooks = (ctx: Context) => ctx.lists.of(webhookDeclaration);
const listWebhooks = (ctx: Context) =>
  webhooks(ctx).get(
    async () => (await ctx.client.request<{ events: WireObject[] }>("GET", "/webhooks")).events,
  );
/** The server upgrades http:// to https://; compare addresses the way it stores them. */
const storedUrl = (v: unknown) => (typeof v === "string" ? v.replace(/^http:\/\//i, "https://") : v);

export const webhookDeclaration: ResourceDeclaration = {
  type: "Webhook",
  doc:
    "A webhook LiveChat calls on an event. The API cannot edit webhooks: every change replaces the webhook. " +
    "Its `token` (which LiveChat sends with every call) is kept as a secret.",
  keyFields: ["url", "eventType"],
  fields: {
    url: {
      doc: "The address LiveChat sends the event to. The server stores http addresses as https.",
      schema: httpUrlOf(MAX.webhookUrl),
      required: true,
      replace: true,
      canonical: storedUrl,
    },
    eventType: {
      doc: "When the webhook fires.",
      schema: oneOf(EVENT_TYPES),
      required: true,
      replace: true,
    },
    dataTypes: {
      doc: "What the payload contains: chat, visitor, pre_chat_survey, ticket, canned_response (each allowed only with some event types).",
      schema: listOf(oneOf(DATA_TYPE_NAMES), { nonEmpty: true }),
      required: true,
      replace: true,
      canonical: asSet,
    },
  },
  validate: {
    reads: ["eventType", "dataTypes"],
    run: (inputs) =>
      (inputs.dataTypes as string[])
        .filter((d) => !DATA_TYPES[d].includes(inputs.eventType as string))
        .map((d) => ({
          property: "dataTypes",
          reason: `has ${d}, which cannot be sent with ${inputs.eventType}; ${d} goes with ${DATA_TYPES[d].join(", ")}`,
        })),
  },
  outputs: {
    token: {
      doc: "The token LiveChat sends with each call, to verify it (secret).",
      schema: z.string(),
      secret: true,
    },
    verified: { doc: "Whether LiveChat verified the address.", schema: z.boolean() },
    licence: { doc: "The license (account) number.", schema: z.number() },
  },
  computed: (o) => ({ token: o.token, verified: o.verified, licence: o.licence }),
  idOutput: { name: "webhookId", doc: "The webhook's id.", numeric: false },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body, inputs) {
      const before = new Set((await listWebhooks(ctx)).map((w) => w.id));
      // The answer is the account's whole list of webhooks; the new one is the match that was not there before.
      const { events } = await ctx.client.request<{ events: WireObject[] }>("POST", "/webhooks", { body });
      const created = events.filter((w) => hasNaturalKey(webhookDeclaration, w, inputs));
      const webhook = created.find((w) => !before.has(w.id)) ?? created[created.length - 1];
      if (webhook) {
        webhooks(ctx).upsert(webhook, (w) => w.id === webhook.id);
        return webhook;
      }
      // The write went through: an answer without the webhook must not lose it, so look it up afresh.
      webhooks(ctx).invalidate();
      const found = await findByNaturalKey(webhookDeclaration, ctx, inputs);
      if (!found) throw new Error(`Webhook: the API did not report the webhook for ${inputs.url}`);
      return found;
    },
    async read(ctx, id) {
      return (await listWebhooks(ctx)).find((w) => w.id === id);
    },
    async update() {
      throw new Error("Webhook: the LiveChat API cannot edit a webhook; every change replaces it");
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("webhooks", id));
      webhooks(ctx).remove((w) => w.id === id);
    },
    list: listWebhooks,
  },
  account: {
    section: "webhooks",
    notRenamable: "the LiveChat API cannot edit a webhook: a changed webhook is always a new one",
    namePrefix: "webhook",
    exportNote: "Tokens are not exported: LiveChat gives every new webhook its own.",
    name: (e) => `webhook-${slug(String(e.eventType))}-${short(String(e.url).replace(/^http:/i, "https:"))}`,
    nameFrom: ["eventType", "url"],
    describe: (o) => `${o.event_type} ${o.url}`,
  },
  examples: [
    {
      title: "minimal",
      inputs: { url: "https://hooks.example.com/started", eventType: "chat_started", dataTypes: ["chat"] },
    },
    {
      title: "every field",
      inputs: {
        url: "https://hooks.example.com/livechat",
        eventType: "chat_ended",
        dataTypes: ["chat", "visitor"],
      },
      changed: { url: "https://hooks.example.com/ended", eventType: "chat_changed", dataTypes: ["visitor"] },
    },
  ],
};
