// /tags. Tags are unique by name within a group. The request calls the name `tag`, the answer
// `name`. DELETE takes the group in a JSON body (the reference's example), a form body or the query.
// v2 lists one tag per group a v3.6 tag is in, and nothing for a v3.6 tag without groups; adding a tag
// to a group adds that group to the v3.6 tag of the same name, deleting it removes the group.

import type { RequestContext } from "../context";
import { badRequest, notFound } from "../errors";
import { findAgent, nowSeconds, type State, type Tag } from "../model";
import { has, integer, isPlainObject, optional, required, string, type Input, within } from "../validate";
import { existingGroup } from "./groups";

export function tagToWire(tag: Tag): Input {
  return {
    name: tag.name,
    author: tag.author,
    creation_date: tag.creationDate,
    count: { inChats: 0, inTickets: 0 },
    group: tag.group,
  };
}

function duplicate(state: State, name: string, group: number): boolean {
  return state.tags.some((t) => t.group === group && t.name === name);
}

export function listTags(ctx: RequestContext): unknown {
  const group = optional(ctx.input, "group", integer("group", 0));
  return ctx.store.state.tags
    .filter((t) => t.group !== null && (group === undefined || t.group === group))
    .map(tagToWire);
}

export function createTag(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const { input } = ctx;
  const name = required(input, "tag", "the tag's name", string("tag")).trim();
  const author = required(input, "author", "an agent's login", (v) => {
    const agent = findAgent(state, string("author")(v));
    if (!agent) throw badRequest(`Invalid parameter "author": agent ${String(v)} does not exist`);
    return agent.login;
  });
  const group = required(input, "group", "a group id", (v) => existingGroup(state, v).id);
  if (duplicate(state, name, group)) {
    throw badRequest(`Invalid parameter "tag": tag ${name} already exists in group ${group}`);
  }
  const tag: Tag = { name, group, author, creationDate: nowSeconds() };
  // A v3.6 tag of that name without groups now has this one.
  const placeholder = state.tags.findIndex((t) => t.group === null && t.name === name);
  if (placeholder >= 0) state.tags.splice(placeholder, 1, tag);
  else state.tags.push(tag);
  return tagToWire(tag);
}

export function deleteTag(ctx: RequestContext): unknown {
  const { state } = ctx.store;
  const name = ctx.params.tag;
  const group = required(ctx.input, "group", "the id of the tag's group", integer("group", 0));
  const tag = state.tags.find((t) => t.group === group && t.name === name);
  if (!tag) throw notFound(`Tag ${name} not found in group ${group}`);
  state.tags = state.tags.filter((t) => t !== tag);
  return { ok: true };
}

/** Seed/load: a tag in the wire format of GET /tags (`tag` is accepted for `name`). */
export function importTag(state: State, wire: unknown, where: string, owner: string): void {
  within(where, () => {
    if (!isPlainObject(wire)) throw badRequest("must be an object");
    const name = has(wire, "name")
      ? string("name")(wire.name)
      : required(wire, "tag", "the tag's name", string("tag"));
    const tag: Tag = {
      name,
      // null: a v3.6 tag without groups.
      group: wire.group === null ? null : (optional(wire, "group", (v) => existingGroup(state, v).id) ?? 0),
      // A saved account may keep tags of agents removed since, so the author is not checked; "" is a
      // tag the system made (v3.6's listTags.json answers author_id "" for them).
      author: optional(wire, "author", (v) => (v === "" ? "" : string("author")(v))) ?? owner,
      creationDate: optional(wire, "creation_date", integer("creation_date", 0)) ?? nowSeconds(),
    };
    state.tags = state.tags.filter((t) => !(t.group === tag.group && t.name === tag.name));
    state.tags.push(tag);
  });
}
