// v3.6 auto access: rules that route chats to groups by URL, domain or geolocation, kept as a list the API
// links through next_id (absent on the last one). add_auto_access answers {id}; update and delete answer
// {}. next_id on add or update puts the rule before that one ("" or absent on add: at the end; "" on
// update: to the end). The methods table says list_auto_access, the URL list_auto_accesses: both are served.

import { randomBytes } from "crypto";
import type { AutoAccess, State } from "../model";
import { findGroup } from "../routes/groups";
import type { Input } from "../validate";
import { EMPTY, read, write, type Action, type V36Context } from "./context";
import { groupNotFound, notFound, validation } from "./errors";
import { arrayOf, bool, int, obj, onlyKeys, opt, req, str, text, type Parse } from "./input";

/** {value, exact_match}: exact_match "Default: false" (update_auto_access's match_object table), answered. */
const match: Parse<Input> = (value, name) => {
  const m = obj(value, name);
  onlyKeys(m, ["value", "exact_match"], `${name}.`);
  return {
    value: req(m, "value", str, `${name}.`),
    exact_match: opt(m, "exact_match", bool, `${name}.`) ?? false,
  };
};

const urlCondition: Parse<Input> = (value, name) => {
  const c = obj(value, name);
  onlyKeys(c, ["values", "exclude_values"], `${name}.`);
  if (c.values !== undefined && c.exclude_values !== undefined) {
    throw validation(`\`${name}.values\` may not be used together with \`exclude_values\``);
  }
  const values = opt(c, "values", arrayOf(match), `${name}.`);
  const exclude = opt(c, "exclude_values", arrayOf(match), `${name}.`);
  return { ...(values ? { values } : {}), ...(exclude ? { exclude_values: exclude } : {}) };
};

const GEO_KEYS = ["country", "country_code", "region", "city"];
const geolocation: Parse<Input> = (value, name) => {
  const c = obj(value, name);
  onlyKeys(c, ["values"], `${name}.`);
  const values = req(
    c,
    "values",
    arrayOf((item, n) => {
      const geo = obj(item, n);
      onlyKeys(geo, GEO_KEYS, `${n}.`);
      if (Object.keys(geo).length === 0)
        throw validation(`\`${n}\` needs at least one of ${GEO_KEYS.join(", ")}`);
      for (const key of Object.keys(geo)) str(geo[key], `${n}.${key}`);
      return { ...geo };
    }),
    `${name}.`,
  );
  return { values };
};

const conditions: Parse<Input> = (value, name) => {
  const c = obj(value, name);
  onlyKeys(c, ["url", "domain", "geolocation"], `${name}.`);
  if (Object.keys(c).length === 0)
    throw validation(`\`${name}\` needs at least one of url, domain, geolocation`);
  const url = opt(c, "url", urlCondition, `${name}.`);
  const domain = opt(c, "domain", urlCondition, `${name}.`);
  const geo = opt(c, "geolocation", geolocation, `${name}.`);
  // Geolocation first, as the list example answers it (its request sent domain first).
  return { ...(geo ? { geolocation: geo } : {}), ...(url ? { url } : {}), ...(domain ? { domain } : {}) };
};

function access(state: State): Parse<{ groups: number[] }> {
  return (value, name) => {
    const a = obj(value, name);
    onlyKeys(a, ["groups"], `${name}.`);
    const groups = req(a, "groups", arrayOf(int(0)), `${name}.`);
    for (const id of groups) if (!findGroup(state, id)) throw groupNotFound(id);
    return { groups: [...new Set(groups)] };
  };
}

export function autoAccessesToV36(list: AutoAccess[]): Input[] {
  return list.map((rule, i) => ({
    id: rule.id,
    ...(rule.description !== undefined ? { description: rule.description } : {}),
    access: { groups: [...rule.access.groups] },
    conditions: structuredClone(rule.conditions),
    ...(i + 1 < list.length ? { next_id: list[i + 1].id } : {}),
  }));
}

/** Puts `rule` before `nextId` ("" or undefined: at the end). */
function placeBefore(state: State, rule: AutoAccess, nextId: string | undefined): void {
  if (nextId === rule.id) throw validation("`next_id` cannot be the auto access itself");
  const others = state.autoAccesses.filter((r) => r !== rule);
  const at = nextId ? others.findIndex((r) => r.id === nextId) : others.length;
  if (at < 0) throw notFound(`Auto access ${nextId} not found`);
  state.autoAccesses = [...others.slice(0, at), rule, ...others.slice(at)];
}

export function parseAutoAccess(state: State, input: Input, id: string): AutoAccess {
  const description = opt(input, "description", text);
  return {
    id,
    ...(description !== undefined ? { description } : {}),
    access: req(input, "access", access(state)),
    conditions: req(input, "conditions", conditions),
  };
}

function addAutoAccess(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["access", "conditions", "description", "next_id"]);
  const rule = parseAutoAccess(state, ctx.input, randomBytes(16).toString("hex"));
  placeBefore(state, rule, opt(ctx.input, "next_id", text));
  return { id: rule.id };
}

function ruleNamed(ctx: V36Context): AutoAccess {
  const id = req(ctx.input, "id", str);
  const rule = ctx.store.state.autoAccesses.find((r) => r.id === id);
  if (!rule) throw notFound(`Auto access ${id} not found`);
  return rule;
}

function updateAutoAccess(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["id", "access", "conditions", "description", "next_id"]);
  const rule = ruleNamed(ctx);
  const newAccess = opt(ctx.input, "access", access(state));
  const newConditions = opt(ctx.input, "conditions", conditions);
  const description = opt(ctx.input, "description", text);
  const nextId = opt(ctx.input, "next_id", text);
  if (nextId !== undefined) placeBefore(state, rule, nextId);
  if (newAccess) rule.access = newAccess;
  if (newConditions) rule.conditions = newConditions;
  if (description !== undefined) rule.description = description;
  return EMPTY;
}

function deleteAutoAccess(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["id"]);
  const rule = ruleNamed(ctx);
  ctx.store.state.autoAccesses = ctx.store.state.autoAccesses.filter((r) => r !== rule);
  return EMPTY;
}

function listAutoAccesses(ctx: V36Context): unknown {
  onlyKeys(ctx.input, []);
  return autoAccessesToV36(ctx.store.state.autoAccesses);
}

export const autoAccessActions: Record<string, Action> = {
  add_auto_access: write(addAutoAccess),
  list_auto_accesses: read(listAutoAccesses),
  list_auto_access: read(listAutoAccesses),
  update_auto_access: write(updateAutoAccess),
  delete_auto_access: write(deleteAutoAccess),
};
