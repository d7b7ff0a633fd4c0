import type { Context, WireObject } from "../provider/spec";

/** Matches a wire object by its numeric id, whatever type the id arrived as. */
export const byId = (id: unknown) => (o: WireObject) => String(o.id) === String(id);

/** Cache key of one group's list of a type. */
export const groupListKey = (type: string, group: unknown) => `${type}:${Number(group ?? 0)}`;

/**
 * One group's objects of a type (`GET path?group=N`), read once per run. Each item is marked with its group:
 * greeting answers do not say which group they belong to; the filtered list does.
 */
export function listInGroup(ctx: Context, type: string, path: string, group: unknown): Promise<WireObject[]> {
  const id = Number(group ?? 0);
  return ctx.lists.get(groupListKey(type, id), async () =>
    (await ctx.client.request<WireObject[]>("GET", path, { query: { group: id } })).map((o) => ({
      ...o,
      group: id,
    })),
  );
}

/** The account's agents, in the list's summary shape ({login, name, permission, ...}), read once per run. */
export const listAgents = (ctx: Context) =>
  ctx.lists.get("Agent", () => ctx.client.request<WireObject[]>("GET", "/agents"));
