import * as z from "zod";
import { LiveChatError } from "../../client/errors";
import type { Context, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { isUnknown } from "../../provider/fields";
import { explained, httpUrlOf, MAX, oneOf, textOf } from "../../provider/schema";
import { warn } from "../../provider/warn";
import { listOnce } from "./calls";
import { byId } from "../match";
import { ownerClientId } from "./client-id";
import { ACTIONS, actionProblems, additionalData, filters } from "./webhook-filters";

const lists = (ctx: Context) => ctx.lists.of(webhookV36Declaration);
/** "One Client ID can register up to three webhooks for every action." */
const PER_ACTION = 3;

// list_webhooks lists one Client ID's webhooks, each list cached under its Client ID. The lookup by natural key
// (provider/find.ts) names the one it looks in (`near`); the account tools name the Client IDs they know.
const webhooksOf = (ctx: Context, owner: string) =>
  listOnce(ctx, lists(ctx), "list_webhooks", { owner_client_id: owner }, owner);

const SECRET_KEY = /^[^\p{Cc}]+$/u;
// The JSON Schema's pattern says the check's rules: not blank, no control characters.
const shown = { minLength: 1, maxLength: MAX.line, pattern: "^(?=[\\s\\S]*\\S)\\P{Cc}+$", writeOnly: true };
/** A secret key: never repeated in a message, not even its length. */
const secretKey = explained(z.string().meta(shown), (v) => {
  if (typeof v !== "string") return "must be a string; put the value in quotes";
  if (v.trim() === "") return "must not be empty or blank";
  if (!SECRET_KEY.test(v))
    return "must not contain line breaks or control characters; check for a trailing newline where it was read from";
  if ([...v].length > MAX.line) return `must be at most ${MAX.line} characters long; choose a shorter one`;
  return undefined;
});

const limitReached = (owner: string, action: string) =>
  new Error(
    `v36.Webhook: Client ID ${owner} already has ${PER_ACTION} webhooks for ${action}, the most the LiveChat API ` +
      `allows for one action. Remove one, or use another Client ID. If this replaces one of them with a new url, ` +
      `set the resource option deleteBeforeReplace: true, so the old one goes first.`,
  );

export const webhookV36Declaration: ResourceDeclaration = {
  type: "Webhook",
  module: "v36",
  doc:
    "A webhook registered for a Client ID (Configuration API v3.6): LiveChat calls `url` on `action`, with " +
    "`secretKey` to prove it. The API cannot edit a webhook: every change replaces it. At most three per " +
    "action and Client ID. The secret key is write-only (list_webhooks never shows it) and kept as a secret.",
  keyFields: ["ownerClientId", "action", "url"],
  fields: {
    ownerClientId: ownerClientId("The Client ID (application) that owns the webhook."),
    action: {
      doc: "The action that fires the webhook, such as incoming_chat, incoming_event or agent_created.",
      schema: oneOf(Object.keys(ACTIONS) as [string, ...string[]]),
      required: true,
      replace: true,
    },
    url: {
      doc: "The address LiveChat calls, at most 500 characters.",
      schema: httpUrlOf(MAX.webhookUrl),
      required: true,
      replace: true,
    },
    secretKey: {
      doc:
        "The secret LiveChat sends with every call, to verify where it comes from. Write-only: the API never " +
        "returns it, so it is compared with the value last applied; changing it replaces the webhook.",
      schema: secretKey,
      required: true,
      replace: true,
      neverReturned: true,
      secret: true,
    },
    type: {
      doc: "`license` (the licence's events; default) or `bot` (the events of the owner's bots).",
      schema: oneOf(["license", "bot"]),
      default: "license",
      replace: true,
    },
    description: { doc: "What the webhook is for.", schema: textOf({ max: MAX.line }), replace: true },
    filters,
    additionalData,
  },
  validate: {
    reads: ["ownerClientId", "action", "filters", "additionalData"],
    run: actionProblems,
  },
  idOutput: { name: "webhookId", doc: "The webhook's id.", numeric: false },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const owner = String(body.owner_client_id);
      const action = String(body.action);
      const taken = (await webhooksOf(ctx, owner)).filter((w) => w.action === action);
      if (taken.length >= PER_ACTION) throw limitReached(owner, action);
      let id: string;
      try {
        ({ id } = await ctx.client.action<{ id: string }>("register_webhook", body));
      } catch (e) {
        // Refused, so nothing was made: a plain error, which the create does not look up again.
        if (LiveChatError.isInstance(e) && e.apiType === "limit_reached") throw limitReached(owner, action);
        throw e;
      }
      // register_webhook answers only the id: the webhook is what was sent, without its secret.
      const { secret_key: _secret, ...shown } = body;
      const webhook = { ...shown, id };
      lists(ctx).upsert(webhook, byId(id), owner);
      return webhook;
    },
    async read(ctx, id, outputs) {
      return (await webhooksOf(ctx, String(outputs.ownerClientId))).find(byId(id));
    },
    // Reached only by adoption, for the secret key, which the API neither shows nor changes in place.
    async update(ctx, id, body, desired) {
      if (Object.keys(body).some((k) => k !== "secret_key"))
        throw new Error("v36.Webhook: the LiveChat API cannot edit a webhook; every change replaces it");
      await warn(
        `v36.Webhook ${id}: the LiveChat API never shows a webhook's secret key, so the adopted webhook is taken ` +
          `to use the program's secretKey. If it does not, change secretKey to replace the webhook.`,
      );
      const webhook = await webhookV36Declaration.api.read(ctx, id, desired);
      if (!webhook) throw new Error(`v36.Webhook ${id} no longer exists in the account; run pulumi refresh`);
      return webhook;
    },
    async remove(ctx, id, outputs) {
      const owner = String(outputs.ownerClientId);
      await ctx.client.action("unregister_webhook", { id, owner_client_id: owner });
      lists(ctx).remove(byId(id), owner);
    },
    list: async (ctx, { near, clientIds = [] }) => {
      const owner = near?.ownerClientId;
      const owners = typeof owner === "string" && !isUnknown(owner) ? [owner] : clientIds;
      return (await Promise.all(owners.map((o) => webhooksOf(ctx, o)))).flat();
    },
  },
  account: {
    section: "webhooks",
    namePrefix: "webhook",
    listedPerClientId: true,
    notRenamable: "the LiveChat API cannot edit a webhook: a changed webhook is always a new one",
    exportNote:
      "Secret keys are not exported: the API never shows them. Each webhook reads its secretKey from the stack's\n" +
      "secret config, under the key it names: set each one with `pulumi config set --secret <key> <value>`.",
    describe: (o: WireObject) => `${o.owner_client_id} ${o.action} ${o.url}`,
  },
  examples: [
    {
      title: "minimal",
      inputs: {
        ownerClientId: "0805e283233042b37f460ed8fbf22160",
        action: "incoming_chat",
        url: "https://hooks.example.com/chats",
        secretKey: "chats-s3cret-key",
      },
    },
    {
      title: "every field",
      inputs: {
        ownerClientId: "0805e283233042b37f460ed8fbf22160",
        action: "incoming_event",
        url: "https://hooks.example.com/events",
        secretKey: "events-s3cret-key",
        type: "license",
        description: "Customer messages to the CRM",
        filters: {
          authorType: "customer",
          onlyMyChats: false,
          chatPresence: { userIds: { excludeValues: ["jenny.doe@example.com"] }, myBots: true },
          sourceType: ["system", "my_client"],
        },
        additionalData: ["chat_presence_user_ids", "chat_properties"],
      },
      changed: {
        ownerClientId: "5c9871d5372c824cbf22d860a707a578",
        action: "event_updated",
        url: "https://hooks.example.com/events-v2",
        secretKey: "events-n3w-key",
        type: "bot",
        description: "Agent messages to the CRM",
        filters: { authorType: "agent", sourceType: ["other_clients"] },
        additionalData: ["chat_properties"],
      },
    },
  ],
};
