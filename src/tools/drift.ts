// `livechat-pulumi drift`: a preview with refresh of a stack (which changes neither the stack's state nor
// the account), turned into a report of what differs between the code and the account.
import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../client";
import { readAccount } from "./account";
import { NOTICE_PATTERN, noticeMessage } from "../provider/notices";
import { driftFromEvents } from "./drift-events";
import { failureMessage, ToolError } from "./errors";
import { unmanagedCount, type DriftReport } from "./report";
import { managedObjects, openStack, stackClientOptions } from "./stack";
import { unmanagedObjects, unmanagedSources } from "./unmanaged";

// Pulumi refreshes with the provider configuration saved in the state by the last update, not the current
// stack config: a PAT rotated since then is only used once an update has run.
const STALE_CREDENTIALS =
  "The refresh reads the account with the credentials saved in the stack's state by its last update; " +
  "if livechat:pat or livechat:token changed since, run `pulumi up` once to save the new ones.";

export interface DriftOptions {
  stack: string;
  /** The project folder (with Pulumi.yaml). */
  cwd: string;
  /** Also list the account's objects that the stack does not manage. */
  unmanaged?: boolean;
  /** Client IDs whose v3.6 webhooks to list as well, besides those in the stack and of the account's bots. */
  clientIds?: string[];
  /** The stack, already selected (the fleet selects stacks one at a time). */
  opened?: Stack;
  /** Each engine event, as it comes (the fleet's progress view). */
  onEvent?: (event: EngineEvent) => void;
  /** Told what the check is doing, for a progress line on stderr. */
  onProgress?: (message: string) => void;
}

export async function checkDrift(options: DriftOptions): Promise<DriftReport> {
  const stack = options.opened ?? (await openStack(options.stack, options.cwd));
  options.onProgress?.(`refreshing stack ${options.stack} and comparing the account with the code…`);
  const events: EngineEvent[] = [];
  const errors: string[] = [];
  const notices = new Set<string>();
  try {
    // Never `stack.refresh()`: that would write the account's values into the state.
    await stack.preview({
      refresh: true,
      color: "never",
      onEvent: (event) => {
        events.push(event);
        options.onEvent?.(event);
        const d = event.diagnosticEvent;
        if (d?.severity === "error")
          errors.push(d.urn ? `${d.urn.split("::").pop()}: ${d.message}` : d.message);
        // The provider's warning that an API version is being retired.
        if (d?.severity === "warning" && NOTICE_PATTERN.test(d.message)) notices.add(d.message.trim());
      },
    });
  } catch (e) {
    // A failed preview says nothing about drift: it must end as an error, never as a drift report.
    const message = failureMessage(e, errors);
    throw new ToolError(
      `the preview of stack ${options.stack} failed, so drift could not be checked:\n${message}` +
        (/\b401\b/.test(message) ? `\n${STALE_CREDENTIALS}` : ""),
    );
  }
  const { resources, checked } = driftFromEvents(events);
  const report: DriftReport = { stack: options.stack, drift: resources.length > 0, checked, resources };

  if (options.unmanaged) {
    options.onProgress?.("listing the account's objects…");
    const [clientOptions, managed] = await Promise.all([stackClientOptions(stack), managedObjects(stack)]);
    const client = new LiveChatClient(clientOptions);
    const clientIds = [...managed.clientIds, ...(options.clientIds ?? [])];
    const reads = [];
    for (const sections of unmanagedSources(managed.ids))
      reads.push({
        sections,
        account: await readAccount(client, sections, { warn: options.onProgress, clientIds }),
      });
    for (const notice of client.apiNotices()) notices.add(noticeMessage(notice));
    report.unmanaged = unmanagedObjects(reads, managed.ids);
    // Asked for, unmanaged objects are a difference between the code and the account like any other.
    if (unmanagedCount(report) > 0) report.drift = true;
  }
  // Not drift: a date to act before, shown with the report.
  if (notices.size > 0) report.notices = [...notices];
  return report;
}
