import * as z from "zod";
import { LiveChatError } from "../../client/errors";
import type { Context, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { isUnknown } from "../../provider/fields";
import { explained, httpUrlOf, MAX, oneOf, textOf } from "../../provider/schema";
import { warn } from "../../provider/warn";
import { byId, listOnce } from "./calls";
import { ownerClientId } from "./client-id";
import { ACTIONS, actionProblems, additionalData, filters } from "./webhook-filters";

const KEY = "v36/Webhook";
/** "One Client ID can register up to three webhooks for every action." */
const PER_ACTION = 3;

// list_webhooks lists one Client ID's webhooks. The lookup by natural key (provider/find.ts) names the one it
// looks in (`near`); a list without one covers the Client IDs this provider process has met (check meets
// every resource's before its create, read and delete meet those in the state).
const owners = new Set<string>();
const meet = (owner: unknown) => {
  if (typeof owner === "string" && owner !== "" && !isUnknown(owner)) owners.add(owner);
};
const cacheKey = (owner: string) => `${KEY}:${owner}`;
const webhooksOf = (ctx: Context, owner: string) =>
  listOnce(ctx, cacheKey(owner), "list_webhooks", { owner_client_id: owner });
const listWebhooks = async (ctx: Context) =>
  (await Promise.all([...owners].map((owner) => webhooksOf(ctx, owner)))).flat();

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
      writeOnly: true,
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
    run: (inputs) => {
      meet(inputs.ownerClientId);
      return actionProblems(inputs);
    },
  },
  idOutput: { name: "webhookId", doc: "The webhook's id.", numeric: false },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const owner = String(body.owner_client_id);
      const action = String(body.action);
      meet(owner);
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
      ctx.lists.upsert(cacheKey(owner), webhook, byId(id));
      return webhook;
    },
    async read(ctx, id, outputs) {
      meet(outputs.ownerClientId);
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
      meet(owner);
      await ctx.client.action("unregister_webhook", { id, owner_client_id: owner });
      ctx.lists.remove(cacheKey(owner), byId(id));
    },
    list: (ctx, { near }) =>
      typeof near?.ownerClientId === "string" && !isUnknown(near.ownerClientId)
        ? webhooksOf(ctx, near.ownerClientId)
        : listWebhooks(ctx),
  },
  account: {
    section: "webhooks",
    namePrefix: "webhook",
    notRenamable: "the LiveChat API cannot edit a webhook: a changed webhook is always a new one",
    exportNote: "Secret keys are not exported: the API never shows them.",
    describe: (o: WireObject) => `${o.owner_client_id} ${o.action} ${o.url}`,
  },
};
