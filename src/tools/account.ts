// Reads every object of a LiveChat account, type by type, in the API's wire format.
import { settingName, type LiveChatClient } from "../client";
import { sectionWords, type SpecSection, type Section } from "../account/types";
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
  /**
   * Client IDs whose objects to list where the API lists them one Client ID at a time (v3.6 webhooks); the
   * Client IDs of the objects read on the way (bots read whole) are added.
   */
  clientIds?: string[];
}

/** The sections export and the unmanaged listing read: every account has the objects of the others. */
export const listed = (sections: SpecSection[]) => sections.filter((s) => !s.declaration.account.notListed);

/** Whether the client's credentials can call the declaration's API generation. */
export const canRead = (client: LiveChatClient, declaration: ResourceDeclaration) =>
  client.canCall(declaration.module ? "3.6" : "2");

/**
 * Reads the given sections with each one's type `list` call, in order. Lists answered one group at a time
 * (greetings, canned responses) are read for every group; each object carries its `group`; lists answered one
 * Client ID at a time (v3.6 webhooks), for every Client ID known (given, or met on an earlier section's objects:
 * bots come before webhooks). A section whose API generation the credentials cannot call is left out, with a
 * warning.
 */
export async function readAccount(
  client: LiveChatClient,
  sections: SpecSection[],
  options: ReadOptions = {},
): Promise<AccountObjects> {
  const ctx: Context = { client, lists: new ListCache() };
  const account: AccountObjects = {};
  const left: SpecSection[] = [];
  const clientIds = new Set(options.clientIds);
  // Types listed one Client ID at a time come last, when the other sections' objects have named theirs.
  const ordered = [
    ...sections.filter((s) => !s.declaration.account.listedPerClientId),
    ...sections.filter((s) => s.declaration.account.listedPerClientId),
  ];
  for (const s of ordered) {
    if (!canRead(client, s.declaration)) {
      left.push(s);
      continue;
    }
    const details = options.details ?? false;
    const objects = await s.declaration.api.list(ctx, { details, clientIds: [...clientIds] });
    for (const o of objects) if (typeof o.owner_client_id === "string") clientIds.add(o.owner_client_id);
    account[s.section] = objects;
    options.onProgress?.(s.section, objects.length);
  }
  for (const v36 of [true, false]) {
    const out = left.filter((s) => !!s.declaration.module === v36).map((s) => sectionWords(s.section));
    if (!out.length) continue;
    const [api, name] = v36 ? ["v3.6", "accountId" as const] : ["v2", "login" as const];
    options.warn?.(
      `left out ${out.join(", ")}: they are read with the Configuration API ${api}, which needs ` +
        `${settingName(name)} beside the Personal Access Token, or an OAuth token`,
    );
  }
  return account;
}
