// /goals. The list answers only {id, name, active, type}; one goal adds its type's fields. Values
// come back as strings (custom_variable_value true -> "true").

import type { RequestContext } from "../context";
import { notFound } from "../errors";
import {
  GOAL_TYPES,
  MATCH_TYPES,
  VALUE_TYPES,
  reserveId,
  type Goal,
  type GoalType,
  type SalesTracker,
  type State,
} from "../model";
import {
  flag,
  integer,
  invalid,
  object,
  oneOf,
  optional,
  required,
  scalarString,
  string,
  within,
  type Input,
} from "../validate";

// Wire name -> model name, in the order the server answers them.
const SALES_TRACKER_KEYS: [string, keyof SalesTracker][] = [
  ["sales_tracker_id", "salesTrackerId"],
  ["value_type", "valueType"],
  ["value", "value"],
  ["currency", "currency"],
  ["time_range", "timeRange"],
  ["order_field_name", "orderFieldName"],
  ["value_field_name", "valueFieldName"],
];
const PRICE = /^\d+(\.\d+)?$/;

export function goalSummary(goal: Goal): Input {
  return { id: goal.id, name: goal.name, active: goal.active, type: goal.type };
}

export function goalToWire(goal: Goal): Input {
  const wire = goalSummary(goal);
  switch (goal.type) {
    case "url":
      return { ...wire, match_type: goal.matchType, url: goal.url };
    case "custom_variable":
      return {
        ...wire,
        custom_variable_name: goal.customVariableName,
        custom_variable_value: goal.customVariableValue,
      };
    case "sales_tracker":
      for (const [key, model] of SALES_TRACKER_KEYS) {
        const value = goal.salesTracker?.[model];
        if (value !== undefined) wire[key] = value;
      }
      return wire;
    case "api":
      return wire;
  }
}

function pathGoal(ctx: RequestContext): Goal {
  const raw = ctx.params.id;
  const goal = /^\d+$/.test(raw) ? ctx.store.state.goals.find((g) => g.id === Number(raw)) : undefined;
  if (!goal) throw notFound(`Goal ${raw} not found`);
  return goal;
}

type TypeFields = Pick<
  Goal,
  "url" | "matchType" | "customVariableName" | "customVariableValue" | "salesTracker"
>;

/**
 * The type's own fields. With `current` of the same type, missing fields keep their values (update);
 * otherwise the type's required fields must be given (create, or an update that changes the type).
 */
function typeFields(input: Input, type: GoalType, current?: Goal): TypeFields {
  const same = current?.type === type ? current : undefined;
  switch (type) {
    case "url":
      return {
        url: same
          ? (optional(input, "url", string("url")) ?? same.url)
          : required(input, "url", "a URL, required for type url", string("url")),
        matchType:
          optional(input, "match_type", oneOf("match_type", MATCH_TYPES)) ?? same?.matchType ?? "substring",
      };
    case "custom_variable": {
      const what = "required for type custom_variable";
      const name = "custom_variable_name";
      const value = "custom_variable_value";
      return same
        ? {
            customVariableName: optional(input, name, string(name)) ?? same.customVariableName,
            customVariableValue: optional(input, value, scalarString(value)) ?? same.customVariableValue,
          }
        : {
            customVariableName: required(input, name, `a string, ${what}`, string(name)),
            customVariableValue: required(input, value, `a string, ${what}`, scalarString(value)),
          };
    }
    case "sales_tracker": {
      const tracker: SalesTracker = { ...same?.salesTracker };
      for (const [key, model] of SALES_TRACKER_KEYS) {
        const value =
          key === "value_type"
            ? optional(input, key, oneOf(key, VALUE_TYPES))
            : optional(input, key, scalarString(key));
        if (value !== undefined) (tracker as Record<string, string>)[model] = value;
      }
      return { salesTracker: tracker };
    }
    case "api":
      return {};
  }
}

export function listGoals(ctx: RequestContext): unknown {
  const type = optional(ctx.input, "type", oneOf("type", GOAL_TYPES));
  return ctx.store.state.goals.filter((g) => !type || g.type === type).map(goalSummary);
}

export function getGoal(ctx: RequestContext): unknown {
  return goalToWire(pathGoal(ctx));
}

export function createGoal(ctx: RequestContext): unknown {
  const { input } = ctx;
  const name = required(input, "name", "a non-empty string", string("name"));
  const type = required(input, "type", `one of: ${GOAL_TYPES.join(", ")}`, oneOf("type", GOAL_TYPES));
  const active = optional(input, "active", flag("active")) ?? 1;
  const fields = typeFields(input, type);
  const goal: Goal = { id: ctx.store.nextId("goal"), name, active, type, ...fields };
  ctx.store.state.goals.push(goal);
  return goalToWire(goal);
}

export function updateGoal(ctx: RequestContext): unknown {
  const { input } = ctx;
  const goal = pathGoal(ctx);
  const name = optional(input, "name", string("name"));
  const type = optional(input, "type", oneOf("type", GOAL_TYPES)) ?? goal.type;
  const active = optional(input, "active", flag("active"));
  const fields = typeFields(input, type, goal);
  const updated: Goal = {
    id: goal.id,
    name: name ?? goal.name,
    active: active ?? goal.active,
    type,
    ...fields,
  };
  const { goals } = ctx.store.state;
  goals[goals.indexOf(goal)] = updated;
  return goalToWire(updated);
}

export function deleteGoal(ctx: RequestContext): unknown {
  const goal = pathGoal(ctx);
  ctx.store.state.goals = ctx.store.state.goals.filter((g) => g !== goal);
  return { result: "goal removed successfully" };
}

export function markGoalAsSuccessful(ctx: RequestContext): unknown {
  const { input } = ctx;
  pathGoal(ctx);
  required(input, "visitor_id", "the visitor's id", string("visitor_id"));
  for (const key of ["order_id", "order_description", "order_currency"])
    optional(input, key, scalarString(key));
  optional(input, "order_price", (value) => {
    const price = typeof value === "number" ? String(value) : value;
    if (typeof price !== "string" || !PRICE.test(price)) {
      throw invalid("order_price", "a price such as 199.00 (digits, only a period as separator)");
    }
    return price;
  });
  return { result: "goal marked as successful" };
}

/** Seed/load: a goal in the wire format of GET /goals/<id>. */
export function importGoal(state: State, wire: unknown, where: string): void {
  within(where, () => {
    const input = object("goal")(wire);
    const type = required(input, "type", GOAL_TYPES.join(", "), oneOf("type", GOAL_TYPES));
    const goal: Goal = {
      id: optional(input, "id", integer("id", 1)) ?? state.nextIds.goal,
      name: required(input, "name", "a non-empty string", string("name")),
      active: optional(input, "active", flag("active")) ?? 1,
      type,
      ...typeFields(input, type),
    };
    const index = state.goals.findIndex((g) => g.id === goal.id);
    if (index >= 0) state.goals[index] = goal;
    else state.goals.push(goal);
    state.goals.sort((a, b) => a.id - b.id);
    reserveId(state, "goal", goal.id);
  });
}
