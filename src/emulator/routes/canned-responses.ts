// /canned_responses. The list defaults to group 0; tags come back sorted in descending order
// (["bye", "cu"] -> ["cu", "bye"]); modification_date/modified_by appear once modified.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import { nowSeconds, reserveId, type CannedResponse, type State } from "../model";
import {
  has,
  integer,
  invalid,
  isPlainObject,
  optional,
  required,
  string,
  stringList,
  unique,
  within,
  type Input,
} from "../validate";
import { existingGroup } from "./groups";

export function cannedResponseToWire(canned: CannedResponse): Input {
  return {
    id: canned.id,
    group: canned.group,
    text: canned.text,
    creation_date: canned.creationDate,
    created_by: canned.createdBy,
    ...(canned.modificationDate !== undefined
      ? { modification_date: canned.modificationDate, modified_by: canned.modifiedBy }
      : {}),
    tags: [...canned.tags],
  };
}

function tags(value: unknown): string[] {
  const list = unique(stringList("tags")(value).map((t) => t.trim()));
  if (list.length === 0) throw invalid("tags", "a non-empty array of strings");
  return list.sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
}

function pathCanned(ctx: RequestContext): CannedResponse {
  const raw = ctx.params.id;
  const found = /^\d+$/.test(raw)
    ? ctx.store.state.cannedResponses.find((c) => c.id === Number(raw))
    : undefined;
  if (!found) throw notFound(`Canned response ${raw} not found`);
  return found;
}

export function listCannedResponses(ctx: RequestContext): unknown {
  const group = optional(ctx.input, "group", integer("group", 0)) ?? 0;
  return ctx.store.state.cannedResponses.filter((c) => c.group === group).map(cannedResponseToWire);
}

export function getCannedResponse(ctx: RequestContext): unknown {
  return cannedResponseToWire(pathCanned(ctx));
}

export function createCannedResponse(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const text = required(ctx.input, "text", "a non-empty string", string("text"));
  const tagList = required(ctx.input, "tags", "an array of strings", tags);
  const group = optional(ctx.input, "group", (v) => existingGroup(state, v).id) ?? 0;
  const canned: CannedResponse = {
    id: ctx.store.nextId("cannedResponse"),
    group,
    text,
    tags: tagList,
    creationDate: nowSeconds(),
    createdBy: ctx.login,
  };
  state.cannedResponses.push(canned);
  return cannedResponseToWire(canned);
}

export function updateCannedResponse(ctx: RequestContext): unknown {
  const canned = pathCanned(ctx);
  const text = optional(ctx.input, "text", string("text"));
  const tagList = optional(ctx.input, "tags", tags);
  if (text !== undefined) canned.text = text;
  if (tagList !== undefined) canned.tags = tagList;
  canned.modificationDate = nowSeconds();
  canned.modifiedBy = ctx.login;
  return cannedResponseToWire(canned);
}

export function deleteCannedResponse(ctx: RequestContext): unknown {
  const canned = pathCanned(ctx);
  ctx.store.state.cannedResponses = ctx.store.state.cannedResponses.filter((c) => c !== canned);
  return { result: "Canned response removed successfully" };
}

/** Seed/load: a canned response in the wire format of GET /canned_responses/<id>. */
export function importCannedResponse(state: State, wire: unknown, where: string, owner: string): void {
  within(where, () => {
    if (!isPlainObject(wire)) throw badRequest("must be an object");
    const id = has(wire, "id") ? integer("id", 1)(wire.id) : state.nextIds.cannedResponse;
    const modified = optional(wire, "modification_date", integer("modification_date", 0));
    const canned: CannedResponse = {
      id,
      group: optional(wire, "group", (v) => existingGroup(state, v).id) ?? 0,
      text: required(wire, "text", "a non-empty string", string("text")),
      tags: required(wire, "tags", "an array of strings", tags),
      creationDate: optional(wire, "creation_date", integer("creation_date", 0)) ?? nowSeconds(),
      createdBy: optional(wire, "created_by", string("created_by")) ?? owner,
      ...(modified !== undefined
        ? {
            modificationDate: modified,
            modifiedBy: optional(wire, "modified_by", string("modified_by")) ?? owner,
          }
        : {}),
    };
    const index = state.cannedResponses.findIndex((c) => c.id === id);
    if (index >= 0) state.cannedResponses[index] = canned;
    else state.cannedResponses.push(canned);
    state.cannedResponses.sort((a, b) => a.id - b.id);
    reserveId(state, "cannedResponse", id);
  });
}
