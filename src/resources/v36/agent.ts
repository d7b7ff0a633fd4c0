import * as z from "zod";
import type { Context, Props, ResourceDeclaration, WireObject } from "../../provider/declaration";
import { lowerCase } from "../../provider/fields";
import { email, integer, oneOf, text, textOf } from "../../provider/schema";
import { agentDeclaration } from "../agent";
import { emailSubscriptions, groups, notifications, workScheduler } from "./agent-settings";
import { listOnce, updated } from "./calls";

const lists = (ctx: Context) => ctx.lists.of(agentV36Declaration);
/** The fields list_agents and get_agent add when asked: everything the resource reads. */
const FIELDS = [
  "groups",
  "work_scheduler",
  "email_subscriptions",
  "notifications",
  "job_title",
  "mobile",
  "max_chats_count",
  "suspended",
  "awaiting_approval",
];
const listAgents = (ctx: Context) => listOnce(ctx, lists(ctx), "list_agents", { fields: FIELDS });
// Agent ids are e-mail addresses: the server matches them case-insensitively.
const sameAgent = (id: unknown) => (a: WireObject) => lowerCase(a.id) === lowerCase(id);

/**
 * A write sent in the next batch of its method when the provider batches (the engine writes many agents at
 * once), else on its own. After a batch the cached list is forgotten, so the writes read it afresh, once.
 */
const send = <T>(ctx: Context, method: string, batchMethod: string, request: object): Promise<T> =>
  ctx.batcher
    ? ctx.batcher.send<T>(method, batchMethod, request, () => lists(ctx).invalidate())
    : ctx.client.action<T>(method, request);

/** The agent as get_agent answers it, with every field the resource reads. */
const getAgent = (ctx: Context, id: unknown) =>
  ctx.client.action<WireObject>("get_agent", { id, fields: FIELDS });

export const agentV36Declaration: ResourceDeclaration = {
  type: "Agent",
  module: "v36",
  doc:
    "A LiveChat agent (a seat), on the Configuration API v3.6: role, groups with routing priorities, " +
    "notifications and e-mail summaries as sets, and working hours in a timezone.",
  keyFields: ["agentId"],
  replacementCost: "a person's seat: their settings in the account start anew",
  fields: {
    agentId: {
      doc: "The agent's id: their e-mail address, which is also their login. Changing it replaces the agent.",
      schema: email,
      required: true,
      replace: true,
      wire: "id",
      canonical: lowerCase,
    },
    name: {
      doc:
        "The agent's name. v3.6 sets it only when the agent is made (update_agent takes no name): a different " +
        "name later is a warning, never a new seat.",
      schema: text,
      required: true,
      fixedAtCreation: true,
    },
    role: {
      doc: "viceowner, administrator or normal (default). `owner` only describes an adopted owner.",
      schema: oneOf(["viceowner", "administrator", "normal", "owner"]),
      default: "normal",
    },
    loginStatus: {
      doc: "Status right after logging in: not accepting chats (v3.6's default) or accepting chats.",
      schema: oneOf(["accepting chats", "not accepting chats"]),
      default: "not accepting chats",
    },
    jobTitle: { doc: "Job title shown to visitors. Unmanaged when unset.", schema: text },
    mobile: { doc: "The agent's mobile number. Unmanaged when unset.", schema: textOf({ max: 64 }) },
    maxChatsCount: {
      doc: "How many chats the agent takes at once, at most 20. Default 6.",
      schema: integer(0, 20),
      default: 6,
    },
    groups,
    notifications,
    emailSubscriptions,
    workScheduler,
  },
  validate: {
    reads: ["role", "adopt"],
    run: (inputs) =>
      inputs.role === "owner" && inputs.adopt !== true
        ? [
            {
              property: "role",
              reason:
                "owner cannot be given by the API; use viceowner, administrator or normal (owner only describes an adopted owner)",
            },
          ]
        : [],
  },
  outputs: {
    accountId: { doc: "The agent's account id, across LiveChat products.", schema: z.string() },
    suspended: { doc: "Whether the agent is suspended.", schema: z.boolean() },
    awaitingApproval: { doc: "Whether the agent waits for an owner's approval.", schema: z.boolean() },
  },
  computed: (o) => ({
    accountId: o.account_id,
    suspended: o.suspended,
    awaitingApproval: o.awaiting_approval,
  }),
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const { id } = await send<{ id: string }>(ctx, "create_agent", "create_agents", body);
      // create_agent answers only the id: read back what the server filled in (account id, defaults), from
      // the list read afresh after a batch (one read for all its agents), else on its own.
      const agent =
        (ctx.batcher ? (await listAgents(ctx)).find(sameAgent(id)) : undefined) ?? (await getAgent(ctx, id));
      lists(ctx).upsert(agent, sameAgent(id));
      return agent;
    },
    async read(ctx, id) {
      return (await listAgents(ctx)).find(sameAgent(id));
    },
    async update(ctx, id, body) {
      const { id: _id, name: _name, ...changes } = body as Props;
      await send(ctx, "update_agent", "update_agents", { id, ...changes });
      // The server keeps every agent in group 0 (normal, unless the update names it): so does the object.
      const groups = changes.groups as WireObject[] | undefined;
      if (groups && !groups.some((g) => Number(g.id) === 0))
        changes.groups = [{ id: 0, priority: "normal" }, ...groups];
      return updated(lists(ctx), "v36.Agent", () => listAgents(ctx), id, changes as WireObject);
    },
    async remove(ctx, id) {
      await send(ctx, "delete_agent", "delete_agents", { id });
      lists(ctx).remove(sameAgent(id));
    },
    list: listAgents,
  },
  account: {
    section: "agents",
    namePrefix: "agent",
    notRenamable: agentDeclaration.account.notRenamable,
    keyRule: agentDeclaration.account.keyRule,
    // The owner cannot be created, deleted or given; an Agent with adopt: true may describe it.
    builtIn: (o) => o.role === "owner",
    adoptsBuiltIn: true,
    describe: (o) => `${o.id} (${o.name})`,
  },
  examples: [
    { title: "minimal", inputs: { agentId: "lee.wong@example.com", name: "Lee Wong" } },
    {
      title: "every field",
      inputs: {
        agentId: "ana.diaz@example.com",
        name: "Ana Diaz",
        role: "administrator",
        loginStatus: "accepting chats",
        jobTitle: "Support Lead",
        mobile: "+48 123 456 789",
        maxChatsCount: 4,
        groups: [{ groupId: "Support", priority: "first" }],
        notifications: ["new_visitor", "incoming_chat"],
        emailSubscriptions: ["weekly_summary"],
        workScheduler: {
          timezone: "Europe/Warsaw",
          schedule: [
            { day: "monday", enabled: true, start: "13:30", end: "16:00" },
            { day: "monday", enabled: true, start: "08:00", end: "12:30" },
          ],
        },
      },
      changed: {
        agentId: "ana.lopez@example.com",
        name: "Ana Lopez",
        role: "viceowner",
        loginStatus: "not accepting chats",
        jobTitle: "Team Lead",
        mobile: "+48 987 654 321",
        maxChatsCount: 8,
        groups: [{ groupId: "Billing", priority: "supervisor" }],
        notifications: ["new_goal"],
        emailSubscriptions: ["daily_summary"],
        workScheduler: {
          timezone: "America/New_York",
          schedule: [{ day: "friday", enabled: true, start: "09:00", end: "17:00" }],
        },
      },
    },
  ],
};
