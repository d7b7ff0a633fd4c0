// The drift report as plain text for a terminal or a CI log: one line per differing field.
import {
  basisSuffix,
  basisWords,
  differingSentence,
  pendingCodeNote,
  plural,
  UNMANAGED_TITLE,
  unmanagedCount,
  wholeChange,
  type DriftReport,
} from "./report";
import { showValue } from "./values";

export function formatText(report: DriftReport): string {
  const lines: string[] = [];
  const differing = report.resources.length;
  lines.push(
    differing === 0
      ? `No drift: the account matches ${basisWords(report)} of stack ${report.stack} (${plural(report.checked, "resource")} checked).`
      : `Drift in stack ${report.stack}: ${differingSentence(report)}${basisSuffix(report)}.`,
  );
  for (const r of report.resources) {
    const label = `${r.type} ${r.name}`;
    const sentence = wholeChange(r.change);
    if (sentence) {
      lines.push(`${label} ${sentence}`);
      continue;
    }
    const suffix = r.change === "replace" ? " (applying the code replaces it)" : "";
    if (r.fields.length === 0) lines.push(`${label}  differs in a value not shown${suffix}`);
    for (const f of r.fields)
      lines.push(`${label}  ${f.field}: code ${showValue(f.code)}, account ${showValue(f.account)}${suffix}`);
  }
  if (report.unmanaged) {
    const count = unmanagedCount(report);
    lines.push("");
    lines.push(
      count === 0 ? "Every object in the account is managed by the stack." : `${UNMANAGED_TITLE} (${count}):`,
    );
    for (const [type, objects] of Object.entries(report.unmanaged))
      for (const o of objects) lines.push(`${type} ${o.name}  (id ${o.id})`);
  }
  const pending = pendingCodeNote(report);
  if (pending) lines.push("", `Note: ${pending}`);
  for (const notice of report.notices ?? []) lines.push("", `Note: ${notice}`);
  return lines.join("\n") + "\n";
}
