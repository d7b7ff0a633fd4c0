// v3.6 tags: one tag per name with its group_ids. create_tag, update_tag and delete_tag answer {}.
// create_tag matches existing names case-insensitively; update_tag and delete_tag match the name exactly.
// update_tag sets the groups in place (the tag keeps its author, date and place in the list); the reference
// has no way to rename a tag. list_tags answers the newest first (listTags.json: the 2019 tag above the 2017
// ones). The model stores v2's per-group placements (see model/tag.ts).

import { nowSeconds, type State, type Tag } from "../model";
import { findGroup } from "../routes/groups";
import { EMPTY, read, write, type Action, type V36Context } from "./context";
import { alreadyExists, groupNotFound, notFound } from "./errors";
import { int, obj, onlyKeys, opt, req, rfc3339, setOf, str, type Parse } from "./input";

function groupIds(state: State): Parse<number[]> {
  return (value, name) => {
    const ids = setOf(int(0))(value, name);
    for (const id of ids) if (!findGroup(state, id)) throw groupNotFound(id);
    return ids;
  };
}

/**
 * The v3.6 tags: placements grouped by exact name, newest first (listTags.json lists its 2019 tag before
 * its 2017 ones); tags made in the same second keep the order they were made in (not documented).
 */
function tagsOf(state: State): { name: string; placements: Tag[] }[] {
  const byName = new Map<string, Tag[]>();
  for (const tag of state.tags) byName.set(tag.name, [...(byName.get(tag.name) ?? []), tag]);
  return [...byName]
    .map(([name, placements]) => ({ name, placements }))
    .sort((a, b) => b.placements[0].creationDate - a.placements[0].creationDate);
}

function tagToV36(name: string, placements: Tag[]): Record<string, unknown> {
  const groups = placements.map((t) => t.group).filter((g): g is number => g !== null);
  return {
    name,
    group_ids: [...new Set(groups)].sort((a, b) => a - b),
    author_id: placements[0].author,
    created_at: rfc3339(placements[0].creationDate),
  };
}

/** Replaces a tag's placements with one per group (or one without a group), where the first one was. */
function place(state: State, name: string, groups: number[], author: string, creationDate: number): void {
  const first = state.tags.findIndex((t) => t.name === name);
  const kept = state.tags.filter((t) => t.name === name && t.group !== null && groups.includes(t.group));
  const added = groups
    .filter((g) => !kept.some((t) => t.group === g))
    .map((group): Tag => ({ name, group, author, creationDate }));
  const placements: Tag[] = [...kept, ...added];
  if (placements.length === 0) placements.push({ name, group: null, author, creationDate });
  const others = state.tags.filter((t) => t.name !== name);
  const at = first < 0 ? others.length : state.tags.slice(0, first).filter((t) => t.name !== name).length;
  state.tags = [...others.slice(0, at), ...placements, ...others.slice(at)];
}

function placementsNamed(ctx: V36Context): Tag[] {
  const name = req(ctx.input, "name", str);
  const placements = ctx.store.state.tags.filter((t) => t.name === name);
  if (placements.length === 0) throw notFound(`Tag ${name} not found`);
  return placements;
}

function createTag(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["name", "group_ids"]);
  const name = req(ctx.input, "name", str).trim();
  const groups = opt(ctx.input, "group_ids", groupIds(state)) ?? [];
  const existing = state.tags.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (existing) throw alreadyExists(`Tag ${existing.name} already exists`);
  place(state, name, groups, ctx.principal.login, nowSeconds());
  return EMPTY;
}

function updateTag(ctx: V36Context): unknown {
  const { state } = ctx.store;
  onlyKeys(ctx.input, ["name", "group_ids"]);
  const [first] = placementsNamed(ctx);
  const groups = opt(ctx.input, "group_ids", groupIds(state));
  if (groups !== undefined) place(state, first.name, groups, first.author, first.creationDate);
  return EMPTY;
}

function deleteTag(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["name"]);
  const [first] = placementsNamed(ctx);
  ctx.store.state.tags = ctx.store.state.tags.filter((t) => t.name !== first.name);
  return EMPTY;
}

function listTags(ctx: V36Context): unknown {
  onlyKeys(ctx.input, ["filters"]);
  const filters = opt(ctx.input, "filters", obj);
  if (filters) onlyKeys(filters, ["group_ids"], "filters.");
  const wanted = filters && req(filters, "group_ids", setOf(int(0)), "filters.");
  return tagsOf(ctx.store.state)
    .filter(
      ({ placements }) => !wanted || placements.some((t) => t.group !== null && wanted.includes(t.group)),
    )
    .map(({ name, placements }) => tagToV36(name, placements));
}

export const tagActions: Record<string, Action> = {
  create_tag: write(createTag),
  list_tags: read(listTags),
  update_tag: write(updateTag),
  delete_tag: write(deleteTag),
};
