// Reads every object of a LiveChat account, type by type, in the API's wire format.
import type { LiveChatClient } from "../client";
import { SECTIONS, declarationOf, type Section } from "../account/types";
import type { Context, WireObject } from "../provider/declaration";
import { ListCache } from "../provider/list-cache";

/** The account's objects per spec section, as the API answers them. */
export type AccountObjects = Record<Section, WireObject[]>;

export interface ReadOptions {
  /** Read each object on its own where its list holds only a summary (agents, goals). Default false. */
  details?: boolean;
  /** Told how many objects of a section were read, once per section. */
  onProgress?: (section: Section, count: number) => void;
}

/**
 * Reads the whole account with each type's own `list` call, section by section. Lists answered one group at
 * a time (greetings, canned responses) are read for every group; each object carries its `group`.
 */
export async function readAccount(
  client: LiveChatClient,
  options: ReadOptions = {},
): Promise<AccountObjects> {
  const ctx: Context = { client, lists: new ListCache() };
  const account = {} as AccountObjects;
  for (const [section] of SECTIONS) {
    account[section] = await declarationOf(section).api.list(ctx, { details: options.details ?? false });
    options.onProgress?.(section, account[section].length);
  }
  return account;
}
