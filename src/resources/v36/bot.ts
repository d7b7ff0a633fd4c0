import * as z from "zod";
import { isNotFound } from "../../client/errors";
import type { Context, Props, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { integer, oneOf, text } from "../../provider/schema";
import { byId } from "../match";
import { ownerClientId } from "./client-id";
import { avatar, groups, workScheduler } from "./bot-settings";
import { PRIORITIES } from "./priorities";

const lists = (ctx: Context) => ctx.lists.of(botV36Declaration);
/** The fields get_bot adds when asked: everything the resource reads. */
const FIELDS = ["groups", "work_scheduler", "job_title", "max_chats_count", "timezone"];

/** The bot as get_bot answers it with every field, or undefined when it is gone. */
async function getBot(ctx: Context, id: unknown): Promise<WireObject | undefined> {
  try {
    return await ctx.client.action<WireObject>("get_bot", { id, fields: FIELDS });
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}

/**
 * Every bot of the licence (`all`, not only the caller's, so that adoption sees them all), each read whole:
 * list_bots leaves out the owner's Client ID, which is half the natural key. Read once per run.
 */
const listBots = (ctx: Context) =>
  lists(ctx).get(async () => {
    const bots = await ctx.client.action<WireObject[]>("list_bots", { all: true });
    const whole = await Promise.all(bots.map((b) => getBot(ctx, b.id)));
    return whole.filter((b): b is WireObject => b !== undefined);
  });

/** A write sent in the next batch of its method (like v36.Agent's); after a batch the cached list is forgotten. */
const send = <T>(ctx: Context, method: string, batchMethod: string, request: object): Promise<T> =>
  ctx.batcher
    ? ctx.batcher.send<T>(method, batchMethod, request, () => lists(ctx).invalidate())
    : ctx.client.action<T>(method, request);

/** The bot as the provider holds it: the server's, with the secret only create_bot ever answers. */
const withSecret = (bot: WireObject, secret: unknown) => (secret === undefined ? bot : { ...bot, secret });

export const botV36Declaration: ResourceDeclaration = {
  type: "Bot",
  module: "v36",
  doc:
    "A bot (Configuration API v3.6): an agent driven by an application (its owner Client ID) through the Agent " +
    "Chat API, with groups and routing priorities, working hours and a chat limit. Its `secret` (for " +
    "issue_bot_token) is answered only when the bot is made, and kept as a secret output.",
  keyFields: ["ownerClientId", "name"],
  replacementCost: "a new secret too: whatever logs in as the bot needs the new one",
  fields: {
    ownerClientId: ownerClientId(
      "The Client ID (application) that owns the bot. Changing it replaces the bot.",
    ),
    name: { doc: "The bot's display name.", schema: text, required: true },
    avatar,
    jobTitle: { doc: "The bot's job title. Unmanaged when unset.", schema: text },
    maxChatsCount: {
      doc: "How many chats the bot takes at once, at most 500. Default 6.",
      schema: integer(0, 500),
      default: 6,
    },
    defaultGroupPriority: {
      doc: "The bot's priority in groups that give it none: first, normal, last or supervisor. Unmanaged when unset.",
      schema: oneOf(PRIORITIES),
    },
    groups,
    type: {
      doc:
        "A value of your own to sort bots by; the API makes bots as `chatbot`. Unmanaged when unset. The API " +
        "never returns it, so it is compared with the value last applied (and an adopted bot is taken to have it).",
      schema: text,
      neverReturned: true,
    },
    workScheduler,
  },
  outputs: {
    secret: {
      doc: "The bot's secret, for issue_bot_token; known only for bots this stack made (secret).",
      schema: z.string(),
      secret: true,
    },
    timezone: { doc: "The timezone the bot's working hours are in.", schema: z.string() },
  },
  computed: (o) => ({ secret: o.secret, timezone: o.timezone }),
  idOutput: { name: "botId", doc: "The bot's id.", numeric: false },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const { id, secret } = await send<{ id: string; secret?: string }>(
        ctx,
        "create_bot",
        "create_bots",
        body,
      );
      // create_bot answers only the id and secret: read the rest back. The bot exists from here on, so if
      // that read fails, what was sent stands for it (a refresh reads it whole).
      const bot =
        (await getBot(ctx, id).catch(() => undefined)) ??
        ({ ...body, id, avatar_path: body.avatar } as WireObject);
      lists(ctx).upsert(bot, byId(id));
      return withSecret(bot, secret);
    },
    async read(ctx, id, outputs) {
      const bot = await getBot(ctx, id);
      return bot && withSecret(bot, outputs.secret);
    },
    async update(ctx, id, body, _desired, outputs) {
      await send(ctx, "update_bot", "update_bots", { id, ...(body as Props) });
      const bot = await getBot(ctx, id);
      if (!bot) throw new Error(`v36.Bot ${id} no longer exists in the account; run pulumi refresh`);
      lists(ctx).upsert(bot, byId(id));
      return withSecret(bot, outputs.secret);
    },
    async remove(ctx, id) {
      await send(ctx, "delete_bot", "delete_bots", { id });
      lists(ctx).remove(byId(id));
    },
    list: listBots,
  },
  account: {
    section: "bots",
    namePrefix: "bot",
    describe: (o) => `${o.name} (${o.id})`,
  },
  examples: [
    { title: "minimal", inputs: { ownerClientId: "0805e283233042b37f460ed8fbf22160", name: "Helper" } },
    {
      title: "every field",
      inputs: {
        ownerClientId: "0805e283233042b37f460ed8fbf22160",
        name: "Concierge",
        avatar: "https://example.com/concierge.png",
        jobTitle: "Virtual assistant",
        maxChatsCount: 20,
        defaultGroupPriority: "first",
        groups: [{ groupId: "Support", priority: "first" }],
        type: "faq",
        workScheduler: {
          timezone: "Europe/Berlin",
          schedule: [{ day: "tuesday", enabled: true, start: "06:00", end: "22:00" }],
        },
      },
      changed: {
        ownerClientId: "5c9871d5372c824cbf22d860a707a578",
        name: "Concierge 2",
        avatar: "https://example.com/concierge-2.png",
        jobTitle: "Assistant",
        maxChatsCount: 50,
        defaultGroupPriority: "normal",
        groups: [{ groupId: "Billing", priority: "last" }],
        type: "sales",
        workScheduler: {
          timezone: "Europe/London",
          schedule: [{ day: "wednesday", enabled: true, start: "07:00", end: "19:00" }],
        },
      },
    },
  ],
};
