import { pathOf } from "../client/path";
import { toWireBody } from "../provider/fields";
import type { Context, Field, Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { bool, oneOf, text, urlPattern } from "../provider/schema";
import { listWhole, readOne } from "./lists";
import { byId } from "./match";

export const GOAL_TYPES = ["url", "custom_variable", "api", "sales_tracker"] as const;

/** The fields each goal type takes, and those it requires. */
const TYPE_FIELDS: Record<string, { takes: string[]; requires: string[] }> = {
  url: { takes: ["url", "matchType"], requires: ["url"] },
  custom_variable: {
    takes: ["customVariableName", "customVariableValue"],
    requires: ["customVariableName", "customVariableValue"],
  },
  api: { takes: [], requires: [] },
  sales_tracker: {
    takes: [
      "valueType",
      "value",
      "currency",
      "timeRange",
      "orderFieldName",
      "valueFieldName",
      "salesTrackerId",
    ],
    requires: [],
  },
};

/** A text field the server may send back as a number or string. */
const textField = (doc: string, more: Partial<Field> = {}): Field => ({
  doc,
  schema: text,
  canonical: String,
  ...more,
});
/** A sales tracker's field, which the API sets only when the goal is made: a change replaces the goal. */
const salesTrackerField = (doc: string, more: Partial<Field> = {}): Field =>
  textField(`sales_tracker goals: ${doc} Changing it replaces the goal.`, { replace: true, ...more });

/** A goal type's required fields are set, and no other type's fields. */
function validateTypeFields(inputs: Props): { property: string; reason: string }[] {
  const rules = TYPE_FIELDS[inputs.type as string];
  if (!rules) return [];
  const failures = rules.requires
    .filter((f) => inputs[f] === undefined)
    .map((f) => ({ property: f, reason: `is required for goals of type ${inputs.type}` }));
  const others = Object.values(TYPE_FIELDS)
    .flatMap((t) => t.takes)
    .filter((f) => !rules.takes.includes(f));
  for (const f of others.filter((f) => inputs[f] !== undefined)) {
    failures.push({ property: f, reason: `does not apply to goals of type ${inputs.type}; remove it` });
  }
  return failures;
}

const goals = (ctx: Context) => ctx.lists.of(goalDeclaration);
const listGoals = (ctx: Context) => goals(ctx).get(() => ctx.client.request<WireObject[]>("GET", "/goals"));

export const goalDeclaration: ResourceDeclaration = {
  type: "Goal",
  doc: "A goal: what counts as a chat's success (a page reached, a variable set, a sale, or an API call).",
  keyFields: ["name"],
  fields: {
    name: { doc: "The goal's name.", schema: text, required: true },
    type: { doc: "How the goal is reached.", schema: oneOf(GOAL_TYPES), required: true },
    active: {
      doc: "Whether the goal is enabled. Default true.",
      schema: bool,
      default: true,
      toWire: (v) => (v ? 1 : 0),
      fromWire: (o) => (o.active === undefined ? undefined : Number(o.active) === 1 || o.active === true),
    },
    url: textField("url goals (required): the address that marks success.", { schema: urlPattern }),
    matchType: {
      doc: "url goals: substring (default) or exact.",
      schema: oneOf(["substring", "exact"]),
    },
    customVariableName: textField("custom_variable goals (required): the variable's name."),
    customVariableValue: textField("custom_variable goals (required): the value that marks success."),
    valueType: salesTrackerField("set, not_set or dynamic.", {
      schema: oneOf(["set", "not_set", "dynamic"]),
    }),
    value: salesTrackerField("the sale's value."),
    currency: salesTrackerField("the currency, such as USD."),
    timeRange: salesTrackerField("the time range."),
    orderFieldName: textField("sales_tracker goals: the order field's name."),
    valueFieldName: textField("sales_tracker goals: the value field's name."),
    salesTrackerId: textField("sales_tracker goals: the sales tracker's id."),
  },
  complete: {
    reads: ["type", "matchType"],
    run: (inputs) => {
      if (inputs.type === "url" && inputs.matchType === undefined) inputs.matchType = "substring";
    },
  },
  validate: {
    reads: ["type", ...Object.values(TYPE_FIELDS).flatMap((t) => t.takes)],
    run: validateTypeFields,
  },
  idOf: (o) => String(o.id),
  api: {
    async create(ctx, body) {
      const goal = await ctx.client.request<WireObject>("POST", "/goals", { body });
      goals(ctx).upsert(goal, byId(goal.id));
      return goal;
    },
    async read(ctx, id) {
      // The list lacks each type's fields, so a goal is read on its own.
      return readOne(ctx, "goals", id);
    },
    async update(ctx, id, body, desired) {
      // A new type needs its required fields in the same request.
      if (body.type !== undefined) {
        Object.assign(
          body,
          toWireBody(goalDeclaration.fields, desired, TYPE_FIELDS[desired.type as string]?.takes ?? []),
        );
      }
      const goal = await ctx.client.request<WireObject>("PUT", pathOf("goals", id), { body });
      goals(ctx).upsert(goal, byId(id));
      return goal;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("goals", id));
      goals(ctx).remove(byId(id));
    },
    list: async (ctx, { details }) =>
      listWhole(ctx, await listGoals(ctx), "goals", (g) => String(g.id), details),
  },
  idOutput: { name: "goalId", doc: "The goal's numeric id.", numeric: true },
  account: { section: "goals", namePrefix: "goal", describe: (o) => String(o.name) },
  examples: [
    { title: "minimal", inputs: { name: "Leads", type: "api" } },
    {
      title: "a url goal",
      inputs: {
        name: "Checkout",
        type: "url",
        active: false,
        url: "shop.example.com/thanks",
        matchType: "exact",
      },
      changed: { name: "Order placed", active: true, url: "shop.example.com/done", matchType: "substring" },
    },
    {
      title: "a custom variable goal",
      inputs: {
        name: "Signed up",
        type: "custom_variable",
        customVariableName: "plan",
        customVariableValue: "pro",
      },
      changed: { customVariableName: "tier", customVariableValue: "gold" },
    },
    {
      title: "a goal whose type changes",
      inputs: { name: "Demo booked", type: "api" },
      changed: { type: "custom_variable", customVariableName: "demo", customVariableValue: "booked" },
    },
    {
      title: "a sales tracker goal",
      inputs: {
        name: "Sale",
        type: "sales_tracker",
        valueType: "set",
        value: "100",
        currency: "USD",
        timeRange: "7",
        orderFieldName: "order_id",
        valueFieldName: "total",
        salesTrackerId: "tracker-1",
      },
      changed: {
        valueType: "dynamic",
        value: "250",
        currency: "EUR",
        timeRange: "30",
        orderFieldName: "order",
        valueFieldName: "amount",
        salesTrackerId: "tracker-2",
      },
    },
  ],
};
