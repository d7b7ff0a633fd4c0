// Reads every object of a LiveChat account, type by type, in the API's wire format.
import { pathOf, type LiveChatClient } from "../client";
import type { WireObject } from "../provider/declaration";
import type { Section } from "../account/types";

/** The account's objects per spec section, as the API answers them. */
export type AccountObjects = Record<Section, WireObject[]>;

export interface ReadOptions {
  /** Read each agent and goal on its own: their lists hold only a summary. Default false. */
  details?: boolean;
  /** Told how many objects of a section were read, once per section. */
  onProgress?: (section: Section, count: number) => void;
}

/**
 * Reads the whole account. Greetings and canned responses are listed group by group, since their lists
 * answer one group at a time; each greeting gets the `group` its answer lacks.
 */
export async function readAccount(
  client: LiveChatClient,
  options: ReadOptions = {},
): Promise<AccountObjects> {
  const get = <T>(path: string, query?: Record<string, number>) => client.request<T>("GET", path, { query });
  const done = <T extends WireObject[]>(section: Section, list: T): T => {
    options.onProgress?.(section, list.length);
    return list;
  };
  const perGroup = async (path: string, groupIds: number[]) =>
    (
      await Promise.all(
        groupIds.map(async (group) =>
          (await get<WireObject[]>(path, { group })).map((o) => ({ ...o, group })),
        ),
      )
    ).flat();

  const groups = done("groups", await get<WireObject[]>("/groups"));
  const groupIds = groups.map((g) => Number(g.id));
  let agents = await get<WireObject[]>("/agents");
  if (options.details)
    agents = await Promise.all(agents.map((a) => get<WireObject>(pathOf("agents", String(a.login)))));
  done("agents", agents);
  let goals = await get<WireObject[]>("/goals");
  if (options.details)
    goals = await Promise.all(goals.map((g) => get<WireObject>(pathOf("goals", String(g.id)))));
  done("goals", goals);
  const greetings = done("greetings", await perGroup("/greetings", groupIds));
  const tags = done("tags", await get<WireObject[]>("/tags"));
  const cannedResponses = done("cannedResponses", await perGroup("/canned_responses", groupIds));
  const webhooks = done("webhooks", (await get<{ events?: WireObject[] }>("/webhooks")).events ?? []);
  return { groups, agents, goals, greetings, tags, cannedResponses, webhooks };
}
