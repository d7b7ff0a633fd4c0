import * as pulumi from "@pulumi/pulumi";
import { pathOf } from "../client";
import type { Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { listAgents, readOne } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { asSet, bool, email, integer, listOf, oneOf, password, record, text } from "./validate";

/** Which notifications an agent gets. */
export interface AgentNotifications {
  /** A new visitor arrives. Default true. */
  newVisitor?: pulumi.Input<boolean>;
  /** A visitor comes back. Default true. */
  returningVisitor?: pulumi.Input<boolean>;
  /** A visitor is queued. Default true. */
  queuedVisitor?: pulumi.Input<boolean>;
  /** A visitor is typing. Default false. */
  visitorIsTyping?: pulumi.Input<boolean>;
  /** A goal is reached. Default true. The API sets it only at creation: changing it replaces the agent. */
  newGoal?: pulumi.Input<boolean>;
  /** A chat comes in. Default true. The API sets it only at creation and never reports it. */
  incomingChat?: pulumi.Input<boolean>;
}

/** One day of an agent's work schedule (enterprise plans). */
export interface WorkDay {
  enabled: pulumi.Input<boolean>;
  /** HH:MM */
  start: pulumi.Input<string>;
  /** HH:MM */
  end: pulumi.Input<string>;
}

/** A LiveChat agent (a seat). */
export interface AgentArgs extends AdoptArgs {
  /** The agent's e-mail address, which is also their login. Changing it replaces the agent. */
  login: pulumi.Input<string>;
  /** The agent's name. */
  name: pulumi.Input<string>;
  /** administrator or normal (default). `owner` only describes an adopted owner; it cannot be given to anyone. */
  permission?: pulumi.Input<string>;
  /** Job title shown to visitors. Default "Support Agent". */
  jobTitle?: pulumi.Input<string>;
  /** Status right after logging in: accepting chats (default) or not accepting chats. */
  loginStatus?: pulumi.Input<string>;
  /**
   * Password, at least 5 characters; without one LiveChat e-mails an activation link. Write-only: kept as a
   * secret in state and compared with the value last applied, since the API never returns it.
   */
  password?: pulumi.Input<string>;
  /** Ids of the groups the agent belongs to (a set). Leave unset to manage membership from `Group.agents`. */
  groups?: pulumi.Input<pulumi.Input<number>[]>;
  /** Which notifications the agent gets. */
  notifications?: pulumi.Input<AgentNotifications>;
  /** Whether the agent gets a daily summary e-mail. Default true. */
  dailySummary?: pulumi.Input<boolean>;
  /** How many chats the agent takes at once. Default 6. */
  maxChatsCount?: pulumi.Input<number>;
  /** Work schedule per day, sunday to saturday (enterprise plans). Unmanaged when unset. */
  workScheduler?: pulumi.Input<Record<string, pulumi.Input<WorkDay>>>;
}

const NOTIFICATIONS = {
  newVisitor: { wire: "new_visitor", default: true, updatable: true },
  returningVisitor: { wire: "returning_visitor", default: true, updatable: true },
  queuedVisitor: { wire: "queued_visitor", default: true, updatable: true },
  visitorIsTyping: { wire: "visitor_is_typing", default: false, updatable: true },
  newGoal: { wire: "new_goal", default: true, updatable: false },
  incomingChat: { wire: "incoming_chat", default: true, updatable: false },
} as const;
type NotificationName = keyof typeof NOTIFICATIONS;
const NOTIFICATION_NAMES = Object.keys(NOTIFICATIONS) as NotificationName[];
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

const flag = (v: unknown) => (v ? 1 : 0);
const isSet = (v: unknown) => v === 1 || v === "1" || v === true;

function validateNotifications(v: unknown): string | undefined {
  if (!v || typeof v !== "object") return "must be an object";
  for (const [key, value] of Object.entries(v)) {
    if (!(key in NOTIFICATIONS))
      return `has unknown key ${key}; the keys are ${NOTIFICATION_NAMES.join(", ")}`;
    if (typeof value !== "boolean") return `.${key} must be true or false`;
  }
  return undefined;
}

function validateSchedule(v: unknown): string | undefined {
  if (!v || typeof v !== "object") return "must be an object keyed by day (sunday ... saturday)";
  for (const [day, hours] of Object.entries(v as Record<string, Record<string, unknown>>)) {
    if (!DAYS.includes(day)) return `has unknown day ${day}; the days are ${DAYS.join(", ")}`;
    if (typeof hours?.enabled !== "boolean") return `.${day}.enabled must be true or false`;
    for (const edge of ["start", "end"]) {
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(String(hours[edge])))
        return `.${day}.${edge} must be a time as HH:MM`;
    }
  }
  return undefined;
}

/** Compared on the flags an update can change: incomingChat is never reported, newGoal set only at creation. */
const canonicalNotifications = (v: unknown) => {
  const n = v as Record<string, unknown>;
  return Object.fromEntries(
    NOTIFICATION_NAMES.filter((k) => NOTIFICATIONS[k].updatable).map((k) => [k, n[k]]),
  );
};

const LIST = "Agent";
// Logins are e-mail addresses: the server matches them case-insensitively (Jane@ and jane@ are one agent).
const lowerCase = (v: unknown) => (typeof v === "string" ? v.toLowerCase() : v);
const byLogin = (login: unknown) => (a: WireObject) =>
  typeof a.login === "string" && typeof login === "string" && lowerCase(a.login) === lowerCase(login);

export const agentDeclaration: ResourceDeclaration = {
  type: "Agent",
  naturalKey: "login",
  keyFields: ["login"],
  fields: {
    // The server treats logins case-insensitively: one in another case is the same agent, never a replacement.
    login: { required: true, replace: true, validate: email, canonical: lowerCase },
    name: { required: true, validate: text },
    permission: { default: "normal", validate: oneOf(["administrator", "normal", "owner"]) },
    jobTitle: { default: "Support Agent", validate: text },
    loginStatus: { default: "accepting chats", validate: oneOf(["accepting chats", "not accepting chats"]) },
    password: { writeOnly: true, validate: password(5, 128) },
    groups: {
      validate: listOf(integer(0)),
      canonical: asSet,
      fromWire: (o) => (o.groups as WireObject[] | undefined)?.map((g) => Number(g.id)),
    },
    notifications: {
      default: {},
      validate: record(validateNotifications),
      toWire: (v) =>
        Object.fromEntries(NOTIFICATION_NAMES.map((k) => [NOTIFICATIONS[k].wire, flag((v as Props)[k])])),
      fromWire: (o) => {
        const n = o.notifications as WireObject | undefined;
        if (!n) return undefined;
        return Object.fromEntries(
          NOTIFICATION_NAMES.filter((k) => n[NOTIFICATIONS[k].wire] !== undefined).map((k) => [
            k,
            isSet(n[NOTIFICATIONS[k].wire]),
          ]),
        );
      },
      canonical: canonicalNotifications,
      // A seat is never replaced for a notification flag: a newGoal the account has otherwise is a warning.
      fixedAfterCreate: (desired, actual) =>
        actual !== undefined && (desired as Props).newGoal !== (actual as Props).newGoal ? ["newGoal"] : [],
    },
    dailySummary: {
      default: true,
      validate: bool,
      toWire: flag,
      fromWire: (o) => (o.daily_summary === undefined ? undefined : isSet(o.daily_summary)),
    },
    maxChatsCount: {
      default: 6,
      validate: integer(0, 1000),
      fromWire: (o) => (o.max_chats_count === undefined ? undefined : Number(o.max_chats_count)),
    },
    workScheduler: {
      // POST /agents does not take a work schedule.
      setAfterCreate: true,
      validate: record(validateSchedule, "an object keyed by day (sunday ... saturday)"),
      toWire: (v) =>
        Object.fromEntries(
          Object.entries(v as Record<string, Props>).map(([d, h]) => [d, { ...h, enabled: flag(h.enabled) }]),
        ),
      fromWire: (o) => {
        const s = o.work_scheduler as Record<string, Props> | undefined;
        return (
          s &&
          Object.fromEntries(
            Object.entries(s).map(([d, h]) => [d, { enabled: isSet(h.enabled), start: h.start, end: h.end }]),
          )
        );
      },
      // Only the days the program names are managed.
      managedPart: (actual, desired) =>
        actual &&
        Object.fromEntries(
          Object.keys(desired as Props).map((day) => [day, (actual as Record<string, unknown>)[day]]),
        ),
    },
  },
  complete: {
    reads: ["notifications"],
    run: (inputs) => {
      const given = inputs.notifications as Props;
      inputs.notifications = Object.fromEntries(
        NOTIFICATION_NAMES.map((k) => [k, given[k] ?? NOTIFICATIONS[k].default]),
      );
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
  secretOutputs: ["password"],
  idOf: (o) => String(o.login),
  api: {
    async create(ctx, body) {
      const agent = await ctx.client.request<WireObject>("POST", "/agents", { body });
      ctx.lists.upsert(LIST, agent, byLogin(agent.login));
      return agent;
    },
    async read(ctx, id) {
      // The list holds only a summary of each agent, so an agent is read on its own.
      return readOne(ctx, "agents", id);
    },
    async update(ctx, id, body) {
      if (body.notifications) {
        const n = body.notifications as WireObject;
        body.notifications = Object.fromEntries(
          NOTIFICATION_NAMES.filter((k) => NOTIFICATIONS[k].updatable).map((k) => [
            NOTIFICATIONS[k].wire,
            n[NOTIFICATIONS[k].wire],
          ]),
        );
      }
      const agent = await ctx.client.request<WireObject>("PUT", pathOf("agents", id), { body });
      ctx.lists.upsert(LIST, agent, byLogin(id));
      return agent;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("agents", id));
      ctx.lists.remove(LIST, byLogin(id));
    },
    async find(ctx, inputs: Props) {
      return (await listAgents(ctx)).find(byLogin(inputs.login));
    },
  },
};

/** A LiveChat agent. The password is write-only and kept only as a secret. */
export class Agent extends pulumi.dynamic.Resource {
  declare readonly login: pulumi.Output<string>;
  declare readonly name: pulumi.Output<string>;
  declare readonly permission: pulumi.Output<string>;
  declare readonly jobTitle: pulumi.Output<string>;
  declare readonly loginStatus: pulumi.Output<string>;
  declare readonly groups: pulumi.Output<number[]>;
  declare readonly notifications: pulumi.Output<Record<string, boolean>>;
  declare readonly dailySummary: pulumi.Output<boolean>;
  declare readonly maxChatsCount: pulumi.Output<number>;

  constructor(name: string, args: AgentArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(agentDeclaration, name, args, opts));
  }
}
