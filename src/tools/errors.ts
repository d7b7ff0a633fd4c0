// Failures of the tools: whatever went wrong, one clear message for stderr and exit code 1.

/** Exit codes of `livechat-pulumi drift`, so CI can tell drift from a failed check. */
export const EXIT = { ok: 0, error: 1, drift: 2 } as const;

/** A failure the tool explains itself; its message is printed as it is. */
export class ToolError extends Error {
  override readonly name = "ToolError";
}

/** A refresh of many resources with bad credentials fails once per resource: the first few say it all. */
const MAX_ERRORS = 10;

// eslint-disable-next-line no-control-regex -- terminal colour codes in the CLI's output
const ANSI = /\u001b\[[0-9;]*m/g;

/** The CLI's stderr, when the error is the Automation API's CommandError. */
function stderrOf(e: unknown): string | undefined {
  const result = (e as { commandResult?: { stderr?: unknown } } | undefined)?.commandResult;
  return typeof result?.stderr === "string" ? result.stderr : undefined;
}

/**
 * The message to print for a failure. For a failed Pulumi command: the error diagnostics the engine
 * reported (which name the resource and the cause), else the CLI's own error lines, not its whole output.
 */
export function failureMessage(e: unknown, diagnostics: string[] = []): string {
  if (e instanceof ToolError) return e.message;
  const clean = (text: string) => text.replace(ANSI, "").trim();
  // The engine ends with a bare "preview failed"/"update failed" after the errors that say why.
  const reasons = diagnostics.map(clean).filter((d) => !/^\w+ failed$/.test(d));
  if (reasons.length) {
    const shown = reasons.slice(0, MAX_ERRORS);
    if (reasons.length > MAX_ERRORS) shown.push(`(and ${reasons.length - MAX_ERRORS} more errors)`);
    return shown.join("\n");
  }
  const stderr = stderrOf(e);
  if (stderr !== undefined) {
    const lines = clean(stderr)
      .split("\n")
      .filter((l) => l.trim() !== "");
    const errors = lines.filter((l) => /^error:/i.test(l.trim()));
    return (errors.length ? errors : lines).join("\n") || "the Pulumi CLI failed without a message";
  }
  return clean(e instanceof Error ? e.message : String(e));
}

/** An engine error in one line, named by its resource: "hook: url must be an https:// address". */
export const diagnosticLine = (d: { urn?: string; message: string }): string =>
  d.urn ? `${d.urn.split("::").pop()}: ${d.message}` : d.message;

/** A policy pack's finding, in one line: "mandatory webhook-url (hook): url uses http, not https: ...". */
export function policyLine(p: {
  enforcementLevel: string;
  policyName: string;
  resourceUrn?: string;
  message: string;
}): string {
  // The message is the rule's description, then the violation.
  const on = p.resourceUrn ? ` (${p.resourceUrn.split("::").pop()})` : "";
  return `${p.enforcementLevel} ${p.policyName}${on}: ${p.message.trim().split("\n").pop()}`;
}
