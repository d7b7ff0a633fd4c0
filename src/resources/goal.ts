import * as pulumi from "@pulumi/pulumi";
import { pathOf } from "../client";
import { toWireBody } from "../provider/fields";
import type { Context, Field, Props, ResourceDeclaration, WireObject } from "../provider/declaration";
import { byId, readOne } from "./lists";
import { AdoptArgs, registration } from "./resource";
import { bool, oneOf, text, urlPattern } from "./validate";

export const GOAL_TYPES = ["url", "custom_variable", "api", "sales_tracker"] as const;

/** A goal: what counts as a chat's success (a page reached, a variable set, a sale, or an API call). */
export interface GoalArgs extends AdoptArgs {
  /** The goal's name. */
  name: pulumi.Input<string>;
  /** How the goal is reached: url, custom_variable, api or sales_tracker. */
  type: pulumi.Input<string>;
  /** Whether the goal is enabled. Default true. */
  active?: pulumi.Input<boolean>;
  /** url goals (required): the address that marks success. */
  url?: pulumi.Input<string>;
  /** url goals: substring (default) or exact. */
  matchType?: pulumi.Input<string>;
  /** custom_variable goals (required): the variable's name. */
  customVariableName?: pulumi.Input<string>;
  /** custom_variable goals (required): the value that marks success. */
  customVariableValue?: pulumi.Input<string>;
  /** sales_tracker goals: set, not_set or dynamic. Changing it replaces the goal. */
  valueType?: pulumi.Input<string>;
  /** sales_tracker goals: the sale's value. Changing it replaces the goal. */
  value?: pulumi.Input<string>;
  /** sales_tracker goals: the currency, such as USD. Changing it replaces the goal. */
  currency?: pulumi.Input<string>;
  /** sales_tracker goals: the time range. Changing it replaces the goal. */
  timeRange?: pulumi.Input<string>;
  /** sales_tracker goals: the order field's name. */
  orderFieldName?: pulumi.Input<string>;
  /** sales_tracker goals: the value field's name. */
  valueFieldName?: pulumi.Input<string>;
  /** sales_tracker goals: the sales tracker's id. */
  salesTrackerId?: pulumi.Input<string>;
}

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
const textField = (more: Partial<Field> = {}): Field => ({ validate: text, canonical: String, ...more });
const createOnly = (more: Partial<Field> = {}): Field => textField({ replace: true, ...more });

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

const LIST = "Goal";
const listGoals = (ctx: Context) =>
  ctx.lists.get(LIST, () => ctx.client.request<WireObject[]>("GET", "/goals"));

export const goalDeclaration: ResourceDeclaration = {
  type: "Goal",
  naturalKey: "name",
  keyFields: ["name"],
  fields: {
    name: { required: true, validate: text },
    type: { required: true, validate: oneOf(GOAL_TYPES) },
    active: {
      default: true,
      validate: bool,
      toWire: (v) => (v ? 1 : 0),
      fromWire: (o) => (o.active === undefined ? undefined : Number(o.active) === 1 || o.active === true),
    },
    url: textField({ validate: urlPattern }),
    matchType: { validate: oneOf(["substring", "exact"]) },
    customVariableName: textField(),
    customVariableValue: textField(),
    valueType: createOnly({ validate: oneOf(["set", "not_set", "dynamic"]) }),
    value: createOnly(),
    currency: createOnly(),
    timeRange: createOnly(),
    orderFieldName: textField(),
    valueFieldName: textField(),
    salesTrackerId: textField(),
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
      ctx.lists.upsert(LIST, goal, byId(goal.id));
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
      ctx.lists.upsert(LIST, goal, byId(id));
      return goal;
    },
    async remove(ctx, id) {
      await ctx.client.request("DELETE", pathOf("goals", id));
      ctx.lists.remove(LIST, byId(id));
    },
    async find(ctx, inputs: Props) {
      return (await listGoals(ctx)).find((g) => g.name === inputs.name);
    },
  },
};

/** A LiveChat goal. */
export class Goal extends pulumi.dynamic.Resource {
  declare readonly name: pulumi.Output<string>;
  declare readonly type: pulumi.Output<string>;
  declare readonly active: pulumi.Output<boolean>;
  declare readonly url: pulumi.Output<string | undefined>;
  declare readonly matchType: pulumi.Output<string | undefined>;
  declare readonly customVariableName: pulumi.Output<string | undefined>;
  declare readonly customVariableValue: pulumi.Output<string | undefined>;
  /** The goal's numeric id. */
  readonly goalId: pulumi.Output<number>;

  constructor(name: string, args: GoalArgs, opts?: pulumi.CustomResourceOptions) {
    super(...registration(goalDeclaration, name, args, opts));
    this.goalId = this.id.apply(Number);
  }
}
