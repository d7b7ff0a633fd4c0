// Reads every object of a LiveChat account, type by type, in the API's wire format.
import type { LiveChatClient } from "../client";
import type { SpecSection, Section } from "../account/types";
import type { Context, ResourceDeclaration, WireObject } from "../provider/declaration";
import { ListCache } from "../provider/list-cache";

/** The account's objects per spec section (in the generation each was read with), as the API answers them. */
export type AccountObjects = Partial<Record<Section, WireObject[]>>;

export interface ReadOptions {
  /** Read each object on its own where its list holds only a summary (agents, goals). Default false. */
  details?: boolean;
  /** Told how many objects of a section were read, once per section. */
  onProgress?: (section: Section, count: number) => void;
  /** Told about sections left out (the credentials cannot call their API generation). */
  warn?: (message: string) => void;
}

/** The sections export and the unmanaged listing read: every account has the objects of the others. */
export const listed = (sections: SpecSection[]) => sections.filter((s) => !s.declaration.account.notListed);

/** Whether the client's credentials can call the declaration's API generation. */
export const canRead = (client: LiveChatClient, declaration: ResourceDeclaration) =>
  client.canCall(declaration.module ? "3.6" : "2");

/**
 * Reads the given sections with each one's type `list` call, in order. Lists answered one group at a time
 * (greetings, canned responses) are read for every group; each object carries its `group`. A section whose
 * API generation the credentials cannot call is left out, with a warning.
 */
export async function readAccount(
  client: LiveChatClient,
  sections: SpecSection[],
  options: ReadOptions = {},
): Promise<AccountObjects> {
  const ctx: Context = { client, lists: new ListCache() };
  const account: AccountObjects = {};
  for (const { section, declaration } of sections) {
    if (!canRead(client, declaration)) {
      const [api, key] = declaration.module ? ["v3.6", "accountId"] : ["v2", "login"];
      options.warn?.(
        `${section} left out: they are read with the Configuration API ${api}, which needs livechat:${key} ` +
          `(LIVECHAT_${key.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase()}) beside the Personal Access Token, or an OAuth token`,
      );
      continue;
    }
    const objects = await declaration.api.list(ctx, { details: options.details ?? false });
    account[section] = objects;
    options.onProgress?.(section, objects.length);
  }
  return account;
}
