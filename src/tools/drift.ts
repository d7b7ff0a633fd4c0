// `livechat-pulumi drift`: what differs between a stack and its LiveChat account. By default the account is
// compared with the stack's last deployment, read from its state, without running the engine (state-drift.ts);
// with `preview`, a preview with refresh compares it with the code (which changes neither the stack's state
// nor the account). Both report through the same comparison, in the same shape.
import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";
import { LiveChatClient } from "../client";
import { readAccount } from "./account";
import { NOTICE_PATTERN, noticeMessage } from "../provider/notices";
import { driftFromEvents } from "./drift-events";
import { diagnosticLine, failureMessage, ToolError } from "./errors";
import { unmanagedCount, type DriftReport } from "./report";
import { codeChangedSince } from "./spec-digest";
import { managedObjects, namedStackAccess, openStack, type StackAccess } from "./stack";
import { driftFromState, livechatResources, StateDriftError } from "./state-drift";
import { unmanagedObjects, unmanagedSources } from "./unmanaged";

// Pulumi refreshes with the provider configuration saved in the state by the last update, not the current
// stack config: a PAT rotated since then is only used once an update has run.
const STALE_CREDENTIALS =
  "The refresh reads the account with the credentials saved in the stack's state by its last update; " +
  "if livechat:pat or livechat:token changed since, run `pulumi up` once to save the new ones.";
// The check without the engine reads the account with the stack's config as it is now.
const REFUSED_CREDENTIALS =
  "The account was read with the credentials of the stack's config (livechat:login and livechat:pat, or " +
  "livechat:token, else the LIVECHAT_* environment): check them with `pulumi config --stack <name>`.";

export interface DriftOptions {
  stack: string;
  /** The project folder (with Pulumi.yaml). */
  cwd: string;
  /** Also list the account's objects that the stack does not manage. */
  unmanaged?: boolean;
  /** Client IDs whose v3.6 webhooks to list as well, besides those in the stack and of the account's bots. */
  clientIds?: string[];
  /** Compare with the code: a preview with refresh (the engine runs), instead of the last deployment. */
  preview?: boolean;
  /** The stack, already reachable (the fleet's); by default it is opened from `cwd`. */
  access?: StackAccess;
  /** For `preview`: the stack, already selected (the fleet selects stacks one at a time). */
  opened?: () => Promise<Stack>;
  /** Each engine event, as it comes (the fleet's progress view). */
  onEvent?: (event: EngineEvent) => void;
  /** Told what the check is doing, for a progress line on stderr. */
  onProgress?: (message: string) => void;
}

export async function checkDrift(options: DriftOptions): Promise<DriftReport> {
  const stack = options.preview
    ? await (options.opened?.() ?? openStack(options.stack, options.cwd))
    : undefined;
  const access = options.access ?? namedStackAccess(options.cwd, options.stack);
  const [deployment, clientOptions] = await Promise.all([access.deployment(), access.clientOptions()]);
  const client = new LiveChatClient(clientOptions);
  const notices = new Set<string>();
  const report = stack
    ? await previewDrift(stack, options, notices)
    : await deploymentDrift(options, deployment, client, access);

  if (options.unmanaged) {
    options.onProgress?.("listing the account's objects…");
    const managed = managedObjects(deployment);
    const clientIds = [...managed.clientIds, ...(options.clientIds ?? [])];
    const reads = [];
    for (const sections of unmanagedSources(managed.ids))
      reads.push({
        sections,
        account: await readAccount(client, sections, { warn: options.onProgress, clientIds }),
      });
    report.unmanaged = unmanagedObjects(reads, managed.ids);
    // Asked for, unmanaged objects are a difference between the code and the account like any other.
    if (unmanagedCount(report) > 0) report.drift = true;
  }
  for (const notice of client.apiNotices()) notices.add(noticeMessage(notice));
  // Not drift: a date to act before, shown with the report.
  if (notices.size > 0) report.notices = [...notices];
  return report;
}

/** The account against the stack's last deployment, with no engine run. */
async function deploymentDrift(
  options: DriftOptions,
  deployment: Awaited<ReturnType<StackAccess["deployment"]>>,
  client: LiveChatClient,
  access: StackAccess,
): Promise<DriftReport> {
  options.onProgress?.(
    `reading the account of stack ${options.stack} and comparing it with its last deployment…`,
  );
  try {
    const { resources, checked } = await driftFromState(livechatResources(deployment), client);
    const codeChanged = await codeChangedSince(deployment, access, options.cwd);
    return {
      stack: options.stack,
      drift: resources.length > 0,
      checked,
      resources,
      comparedWith: "deployment",
      ...(codeChanged === undefined ? {} : { codeChanged }),
    };
  } catch (e) {
    if (!(e instanceof StateDriftError)) throw e;
    throw new ToolError(
      `the account of stack ${options.stack} could not be read, so drift could not be checked:\n${e.message}` +
        (e.unauthorized ? `\n${REFUSED_CREDENTIALS}` : ""),
    );
  }
}

/** The account against the code: a preview with refresh (never `stack.refresh()`, which writes the state). */
async function previewDrift(stack: Stack, options: DriftOptions, notices: Set<string>): Promise<DriftReport> {
  options.onProgress?.(`refreshing stack ${options.stack} and comparing the account with the code…`);
  const events: EngineEvent[] = [];
  const errors: string[] = [];
  try {
    await stack.preview({
      refresh: true,
      color: "never",
      onEvent: (event) => {
        events.push(event);
        options.onEvent?.(event);
        const d = event.diagnosticEvent;
        if (d?.severity === "error") errors.push(diagnosticLine(d));
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
  return { stack: options.stack, drift: resources.length > 0, checked, resources, comparedWith: "code" };
}
