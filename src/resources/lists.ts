import { isNotFound, LiveChatError } from "../client/errors";
import { pathOf } from "../client/path";
import type { Context, ResourceApi, WireObject } from "../provider/declaration";
import type { TypeLists } from "../provider/list-cache";
import { listGroups } from "./group";
import { byId } from "./match";

const isClientError = (e: unknown) => LiveChatError.isInstance(e) && e.status >= 400 && e.status < 500;

/**
 * The API calls of a type whose list endpoint answers one group at a time (`GET /<segment>?group=N`):
 * greetings and canned responses. Objects are read from that list, once per run per group (`lists`, the type's
 * lists, keyed by group); each write keeps the cached list true. Each item is marked with its group: greeting
 * answers do not say which group they belong to; the filtered list does.
 */
export function groupedApi(segment: string, lists: (ctx: Context) => TypeLists): ResourceApi {
  const groupOf = (group: unknown) => Number(group ?? 0);
  const stamp = (o: WireObject, group: unknown): WireObject => ({ ...o, group: groupOf(group) });
  const keep = (ctx: Context, o: WireObject) => {
    lists(ctx).upsert(o, byId(o.id), groupOf(o.group));
    return o;
  };
  const list = (ctx: Context, group: unknown) =>
    lists(ctx).get(async () => {
      const id = groupOf(group);
      try {
        const items = await ctx.client.request<WireObject[]>("GET", `/${segment}`, { query: { group: id } });
        return items.map((o) => stamp(o, id));
      } catch (e) {
        // The server deletes a group's objects with the group, and then refuses to list them: they are gone.
        if (isClientError(e) && !(await listGroups(ctx)).some(byId(id))) return [];
        throw e;
      }
    }, groupOf(group));
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
      lists(ctx).remove(byId(id), groupOf(outputs.group));
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
