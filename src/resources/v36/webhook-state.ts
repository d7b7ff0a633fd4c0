import type { Context, ResourceDeclaration } from "../../provider/declaration";
import { isClaimed } from "../../provider/claims";
import { bool } from "../../provider/schema";
import { ownerClientId } from "./client-id";

// A setting every Client ID has, not an object: nothing is made or adopted, so the lookup by natural key
// finds nothing and create sets it (setting it twice is harmless, so a lost answer is simply sent again).
const set = (ctx: Context, owner: string, enabled: boolean) =>
  ctx.client.action(enabled ? "enable_license_webhooks" : "disable_license_webhooks", {
    owner_client_id: owner,
  });

export const webhookStateV36Declaration: ResourceDeclaration = {
  type: "WebhookState",
  module: "v36",
  doc:
    "Whether the licence's webhooks of a Client ID are on (Configuration API v3.6). Every Client ID has this " +
    "setting: creating the resource takes it over (no `adopt` needed), and one program may declare it once per " +
    "Client ID. Destroying it turns the webhooks back on, the API's default: disabled webhooks stay off even " +
    "after the application is reinstalled, so a stack that is gone must not leave them off unseen.",
  keyFields: ["ownerClientId"],
  fields: {
    ownerClientId: ownerClientId("The Client ID (application) whose licence webhooks this is."),
    enabled: {
      doc: "Whether the Client ID's licence webhooks are sent. Default true, the API's default.",
      schema: bool,
      default: true,
      wire: "license_webhooks_enabled",
    },
  },
  idOf: (o) => String(o.owner_client_id),
  api: {
    async create(ctx, body) {
      const owner = String(body.owner_client_id);
      // The create of each natural key runs after the previous one's claim: a second declaration is seen here.
      if (isClaimed(webhookStateV36Declaration, owner))
        throw new Error(
          `v36.WebhookState for Client ID ${owner} is declared twice in this program: declare it once.`,
        );
      await set(ctx, owner, body.license_webhooks_enabled !== false);
      return { ...body };
    },
    async read(ctx, id) {
      const state = await ctx.client.action<{ license_webhooks_enabled: boolean }>(
        "get_license_webhooks_state",
        { owner_client_id: id },
      );
      return { owner_client_id: id, license_webhooks_enabled: state.license_webhooks_enabled };
    },
    async update(ctx, id, body) {
      await set(ctx, id, body.license_webhooks_enabled !== false);
      return { owner_client_id: id, license_webhooks_enabled: body.license_webhooks_enabled !== false };
    },
    async remove(ctx, id) {
      // Another resource of this run took the setting over (a renamed resource): it is theirs now.
      if (isClaimed(webhookStateV36Declaration, id)) return;
      await set(ctx, id, true);
    },
    list: async () => [],
  },
  account: {
    section: "webhookStates",
    namePrefix: "webhook-state",
    notListed: "every application (Client ID) has a webhook state",
    describe: (o) => `${o.owner_client_id}: ${o.license_webhooks_enabled ? "enabled" : "disabled"}`,
  },
  examples: [
    { title: "minimal", inputs: { ownerClientId: "0805e283233042b37f460ed8fbf22160" } },
    {
      title: "every field",
      inputs: { ownerClientId: "5c9871d5372c824cbf22d860a707a578", enabled: false },
      changed: { ownerClientId: "9b2c4f0e1d3a5b7c9e1f2a4b6c8d0e1f", enabled: true },
    },
  ],
};
