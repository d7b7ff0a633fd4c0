import { isNotFound, LiveChatError } from "../client/errors";
import { pathOf } from "../client/path";
import type { Context, ResourceApi, WireObject } from "../provider/declaration";

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
  return ctx.lists.get(groupListKey(type, id), async () => {
    try {
      const items = await ctx.client.request<WireObject[]>("GET", path, { query: { group: id } });
      return items.map((o) => ({ ...o, group: id }));
    } catch (e) {
      // The server deletes a group's objects with the group, and then refuses to list them: they are gone.
      if (isClientError(e) && !(await listGroups(ctx)).some(byId(id))) return [];
      throw e;
    }
  });
}

/** The account's groups, read once per run. */
export const listGroups = (ctx: Context) =>
  ctx.lists.get("Group", () => ctx.client.request<WireObject[]>("GET", "/groups"));

const isClientError = (e: unknown) => LiveChatError.isInstance(e) && e.status >= 400 && e.status < 500;

/** The account's agents, in the list's summary shape ({login, name, permission, ...}), read once per run. */
export const listAgents = (ctx: Context) =>
  ctx.lists.get("Agent", () => ctx.client.request<WireObject[]>("GET", "/agents"));

/**
 * The API calls of a type whose list endpoint answers one group at a time (`GET /<segment>?group=N`):
 * greetings and canned responses. Objects are read from that list, once per run per group; each write
 * keeps the cached list true.
 */
export function groupedApi(type: string, segment: string): ResourceApi {
  const stamp = (o: WireObject, group: unknown): WireObject => ({ ...o, group: Number(group ?? 0) });
  const keep = (ctx: Context, o: WireObject) => {
    ctx.lists.upsert(groupListKey(type, o.group), o, byId(o.id));
    return o;
  };
  const list = (ctx: Context, group: unknown) => listInGroup(ctx, type, `/${segment}`, group);
  return {
    create: async (ctx, body) =>
      keep(ctx, stamp(await ctx.client.request<WireObject>("POST", `/${segment}`, { body }), body.group)),
    read: async (ctx, id, outputs) => (await list(ctx, outputs.group)).find(byId(id)),
    update: async (ctx, id, body, _desired, outputs) =>
      keep(
        ctx,
        stamp(await ctx.client.request<WireObject>("PUT", pathOf(segment, id), { body }), outputs.group),
      ),
    remove: async (ctx, id, outputs) => {
      await ctx.client.request("DELETE", pathOf(segment, id));
      ctx.lists.remove(groupListKey(type, outputs.group), byId(id));
    },
    // The list answers one group at a time: the account's are every group's.
    list: async (ctx, { group }) =>
      group !== undefined
        ? list(ctx, group)
        : (await Promise.all((await listGroups(ctx)).map((g) => list(ctx, g.id)))).flat(),
  };
}

/** The account's objects of a type: its list, or with `details` each object read on its own (`GET /<segment>/<id>`). */
export async function listWhole(
  ctx: Context,
  summaries: WireObject[],
  segment: string,
  idOf: (o: WireObject) => string,
  details: boolean,
): Promise<WireObject[]> {
  if (!details) return summaries;
  const whole = await Promise.all(summaries.map((o) => readOne(ctx, segment, idOf(o))));
  return whole.filter((o): o is WireObject => o !== undefined);
}

/** One object read on its own (`GET /<segment>/<id>`), or undefined when the account no longer has it. */
export async function readOne(ctx: Context, segment: string, id: string): Promise<WireObject | undefined> {
  try {
    return await ctx.client.request<WireObject>("GET", pathOf(segment, id));
  } catch (e) {
    if (isNotFound(e)) return undefined;
    throw e;
  }
}
