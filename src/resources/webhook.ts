import * as pulumi from "@pulumi/pulumi";
import { pathOf } from "../client";
import type { Context, Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { AdoptArgs, registration } from "./resource";
import { asSet, httpUrlOf, listOf, MAX, oneOf } from "./validate";

export const EVENT_TYPES = [
  "chat_started",
  "chat_ended",
  "chat_changed",
  "visitor_queued",
  "ticket_created",
  "canned_response_changed",
] as const;

/** Which event types each data type may be sent with, as the API documents it. */
export const DATA_TYPES: Record<string, readonly string[]> = {
  chat: ["chat_started", "chat_ended", "chat_changed"],
  visitor: ["chat_started", "chat_ended", "chat_changed", "visitor_queued"],
  pre_chat_survey: ["chat_started", "chat_ended"],
  ticket: ["ticket_created"],
  canned_response: ["canned_response_changed"],
};

/** A webhook LiveChat calls on an event. The API cannot edit webhooks: every change replaces the webhook. */
export interface WebhookArgs extends AdoptArgs {
  /** The address LiveChat sends the event to. The server stores http addresses as https. */
  url: pulumi.Input<string>;
  /** When the webhook fires: one of chat_started, chat_ended, chat_changed, visitor_queued, ticket_created, canned_response_changed. */
  eventType: pulumi.Input<string>;
  /** What the payload contains: chat, visitor, pre_chat_survey, ticket, canned_response (each allowed only with some event types). */
  dataTypes: pulumi.Input<pulumi.Input<string>[]>;
}

const LIST = "Webhook";
const listWebhooks = (ctx: Context) =>
  ctx.lists.get(
    LIST,
    async () => (await ctx.client.request<{ events: WireObject[] }>("GET", "/webhooks")).events,
  );
/** The server upgrades http:// to https://; compare addresses the way it stores them. */
const storedUrl = (v: unknown) => (typeof v === "string" ? v.replace(/^http:\/\//i, "https://") : v);
const sameKey = (inputs: Props) => (w: WireObject) =>
  storedUrl(w.url) === storedUrl(inputs.url) && w.event_type === inputs.eventType;
const findWebhook = async (ctx: Context, inputs: Props) => (await listWebhooks(ctx)).find(sameKey(inputs));

export const webhookDeclaration: ResourceDeclaration = {
  type: "Webhook",
  naturalKey: "url and event type",
  keyFields: ["url", "eventType"],
  fields: {
    url: { required: true, replace: true, validate: httpUrlOf(MAX.webhookUrl), canonical: storedUrl },
    eventType: { required: true, replace: true, validate: oneOf(EVENT_TYPES) },
    dataTypes: {
      required: true,
      replace: true,
      validate: listOf(oneOf(Object.keys(DATA_TYPES)), { nonEmpty: true }),
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
  computedOutputs: ["token", "verified", "licence"],
  computed: (o) => ({ token: o.token, verified: o.verified, licence: o.licence }),
  secretOutputs: ["token"],
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body, inputs) {
      const before = new Set((await listWebhooks(ctx)).map((w) => w.id));
      // The answer is the account's whole list of webhooks; the new one is the match that was not there before.
      const { events } = await ctx.client.request<{ events: WireObject[] }>("POST", "/webhooks", { body });
      const created = events.filter(sameKey(inputs));
      const webhook = created.find((w) => !before.has(w.id)) ?? created[created.length - 1];
      if (webhook) {
        ctx.lists.upsert(LIST, webhook, (w) => w.id === webhook.id);
        return webhook;
      }
      // The write went through: an answer without the webhook must not lose it, so look it up afresh.
      ctx.lists.invalidate(LIST);
      const found = await findWebhook(ctx, inputs);
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
      ctx.lists.remove(LIST, (w) => w.id === id);
    },
    find: findWebhook,
  },
};

/** A LiveChat webhook. Its `token` (which LiveChat sends with every call) is kept as a secret. */
export class Webhook extends pulumi.dynamic.Resource {
  /** The address, as the server stores it (https). */
  declare readonly url: pulumi.Output<string>;
  /** The event type. */
  declare readonly eventType: pulumi.Output<string>;
  /** The data types. */
  declare readonly dataTypes: pulumi.Output<string[]>;
  /** The webhook's id. */
  readonly webhookId: pulumi.Output<string>;
  /** The token LiveChat sends with each call, to verify it (secret). */
  declare readonly token: pulumi.Output<string>;
  /** Whether LiveChat verified the address. */
  declare readonly verified: pulumi.Output<boolean>;
  /** The license (account) number. */
  declare readonly licence: pulumi.Output<number>;

  constructor(name: string, args: WebhookArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(webhookDeclaration, name, args, opts));
    this.webhookId = this.id;
  }
}
