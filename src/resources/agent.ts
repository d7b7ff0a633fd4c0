import { pathOf } from "../client/path";
import type { Context, Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { asSet, lowerCase, sameJson } from "../provider/fields";
import { bool, email, integer, listOf, oneOf, password, text } from "../provider/schema";
import {
  completeNotifications,
  flag,
  isSet,
  notifications,
  SERVER_SCHEDULE,
  updatableNotifications,
  workScheduler,
} from "./agent-settings";
import { listWhole, readOne } from "./lists";

const agents = (ctx: Context) => ctx.lists.of(agentDeclaration);

/** The account's agents, in the list's summary shape ({login, name, permission, ...}), read once per run. */
export const listAgents = (ctx: Context) =>
  agents(ctx).get(() => ctx.client.request<WireObject[]>("GET", "/agents"));
// Logins are e-mail addresses: the server matches them case-insensitively (Jane@ and jane@ are one agent).
const byLogin = (login: unknown) => (a: WireObject) =>
  typeof a.login === "string" && typeof login === "string" && lowerCase(a.login) === lowerCase(login);

export const agentDeclaration: ResourceDeclaration = {
  type: "Agent",
  doc: "A LiveChat agent (a seat). The password is write-only and kept only as a secret.",
  keyFields: ["login"],
  replacementCost: "a person's seat: their settings in the account start anew",
  fields: {
    login: {
      doc: "The agent's e-mail address, which is also their login. Changing it replaces the agent.",
      schema: email,
      required: true,
      replace: true,
      // The server treats logins case-insensitively: one in another case is the same agent, never a replacement.
      canonical: lowerCase,
    },
    name: { doc: "The agent's name.", schema: text, required: true },
    permission: {
      doc: "administrator or normal (default). `owner` only describes an adopted owner; it cannot be given to anyone.",
      schema: oneOf(["administrator", "normal", "owner"]),
      default: "normal",
    },
    jobTitle: {
      doc: 'Job title shown to visitors. Default "Support Agent".',
      schema: text,
      default: "Support Agent",
    },
    loginStatus: {
      doc: "Status right after logging in: accepting chats (default) or not accepting chats.",
      schema: oneOf(["accepting chats", "not accepting chats"]),
      default: "accepting chats",
    },
    password: {
      doc:
        "Password, at least 5 characters; without one LiveChat e-mails an activation link. Write-only: kept as a " +
        "secret in state and compared with the value last applied, since the API never returns it.",
      schema: password(5, 128),
      secret: true,
      neverReturned: true,
    },
    groups: {
      doc: "Ids of the groups the agent belongs to (a set). Leave unset to manage membership from `Group.agents`.",
      schema: listOf(integer(0)),
      refersTo: "group",
      alwaysReturned: true,
      canonical: asSet,
      fromWire: (o) => (o.groups as WireObject[] | undefined)?.map((g) => Number(g.id)),
    },
    notifications,
    dailySummary: {
      doc: "Whether the agent gets a daily summary e-mail. Default true.",
      schema: bool,
      default: true,
      toWire: flag,
      fromWire: (o) => (o.daily_summary === undefined ? undefined : isSet(o.daily_summary)),
    },
    maxChatsCount: {
      doc: "How many chats the agent takes at once. Default 6.",
      schema: integer(0, 1000),
      default: 6,
      fromWire: (o) => (o.max_chats_count === undefined ? undefined : Number(o.max_chats_count)),
    },
    workScheduler,
  },
  complete: {
    reads: ["notifications"],
    run: (inputs) => {
      inputs.notifications = completeNotifications(inputs.notifications as Props);
    },
  },
  validate: {
    reads: ["permission", "adopt"],
    run: (inputs) =>
      inputs.permission === "owner" && inputs.adopt !== true
        ? [
            {
              property: "permission",
              reason:
                "owner cannot be given by the API; use administrator or normal (owner only describes an adopted owner)",
            },
          ]
        : [],
  },
  idOf: (o) => String(o.login),
  api: {
    async create(ctx, body) {
      const agent = await ctx.client.request<WireObject>("POST", "/agents", { body });
      agents(ctx).upsert(agent, byLogin(agent.login));
      return agent;
    },
    async read(ctx, id) {
      // The list holds only a summary of each agent, so an agent is read on its own.
      return readOne(ctx, "agents", id);
    },
    async update(ctx, id, body) {
      if (body.notifications) body.notifications = updatableNotifications(body.notifications as WireObject);
      const agent = await ctx.client.request<WireObject>("PUT", pathOf("agents", id), { body });
      agents(ctx).upsert(agent, byLogin(id));
      return agent;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("agents", id));
      agents(ctx).remove(byLogin(id));
    },
    list: async (ctx, { details }) =>
      listWhole(ctx, await listAgents(ctx), "agents", (a) => String(a.login), details),
  },
  account: {
    section: "agents",
    notRenamable:
      "an agent is known by its login, which the LiveChat API cannot change: a new login is a new agent",
    namePrefix: "agent",
    exportNote:
      "The owner is part of every account: it is not declared.\n" +
      "Passwords are not exported: the API never returns them. Add `password: { secret: <config key> }` to set\n" +
      "one; without it, LiveChat e-mails a new agent an activation link.",
    keyRule: { words: "LiveChat logins ignore case" },
    // An Agent resource with adopt: true may describe the owner (permission: owner).
    adoptsBuiltIn: true,
    // The owner cannot be created, deleted or given.
    builtIn: (o) => o.permission === "owner",
    describe: (o) => `${o.login} (${o.name})`,
    sameInV36: {},
    exported: ({ groups, workScheduler, ...entry }) => ({
      ...entry,
      // Membership is managed from the agents' side, so an agent in no group says so. Groups are a set: written
      // in a stable order (names, then ids), not in the order of ids, which differs from license to license.
      groups: ((groups as (string | number)[] | undefined) ?? []).sort(byReference),
      ...(workScheduler && !sameJson(workScheduler, SERVER_SCHEDULE) ? { workScheduler } : {}),
    }),
  },
  examples: [
    { title: "minimal", inputs: { login: "kim.lee@example.com", name: "Kim Lee" } },
    {
      title: "every field",
      inputs: {
        login: "sam.smith@example.com",
        name: "Sam Smith",
        permission: "administrator",
        jobTitle: "Team Lead",
        loginStatus: "not accepting chats",
        password: "sam-s3cret-passw0rd",
        groups: ["Support"],
        notifications: {
          newVisitor: false,
          returningVisitor: true,
          queuedVisitor: false,
          visitorIsTyping: true,
        },
        dailySummary: false,
        maxChatsCount: 4,
        workScheduler: {
          monday: { enabled: true, start: "08:00", end: "16:00" },
          friday: { enabled: false, start: "10:00", end: "14:00" },
        },
      },
      changed: {
        login: "samuel.smith@example.com",
        name: "Samuel Smith",
        permission: "normal",
        jobTitle: "Support Agent II",
        loginStatus: "accepting chats",
        password: "n3w-sam-passw0rd",
        groups: ["Billing", "Support"],
        notifications: {
          newVisitor: true,
          returningVisitor: false,
          queuedVisitor: true,
          visitorIsTyping: false,
        },
        dailySummary: true,
        maxChatsCount: 8,
        workScheduler: {
          monday: { enabled: true, start: "09:00", end: "17:00" },
          friday: { enabled: true, start: "10:00", end: "15:00" },
        },
      },
    },
  ],
};

const byReference = (a: string | number, b: string | number) =>
  typeof a === typeof b ? (a < b ? -1 : a > b ? 1 : 0) : typeof a === "string" ? -1 : 1;
