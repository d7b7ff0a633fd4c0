// The drift report as GitHub-flavoured Markdown, for $GITHUB_STEP_SUMMARY or a pull-request comment.
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

/** Table cell text: pipes escaped (GitHub honours `\|` even inside code spans), newlines flattened. */
const cell = (text: string) => text.replace(/\r?\n/g, " ").replace(/\|/g, "\\|");

/** An inline code span for a table cell; a value with backticks gets a double fence. */
function code(text: string): string {
  const flat = cell(text);
  return flat.includes("`") ? `\`\` ${flat} \`\`` : `\`${flat}\``;
}
const row = (cells: string[]) => `| ${cells.join(" | ")} |`;

export function formatMarkdown(report: DriftReport): string {
  const out: string[] = [`## LiveChat drift: stack ${code(report.stack)}`, ""];
  const differing = report.resources.length;
  out.push(
    differing === 0
      ? `No drift: the account matches ${basisWords(report)} (${plural(report.checked, "resource")} checked).`
      : `**${differingSentence(report)}${basisSuffix(report)}.** ` +
          "Apply the code to restore them, or change the code to keep what the account has.",
  );
  if (differing) {
    out.push("", row(["Resource", "Change", "Field", "In the code", "In the account"]));
    out.push(row(["---", "---", "---", "---", "---"]));
    for (const r of report.resources) {
      const resource = `${r.type} ${code(r.name)}`;
      const sentence = wholeChange(r.change);
      if (sentence || r.fields.length === 0) {
        out.push(row([resource, r.change, sentence ? `_${sentence}_` : "", "", ""]));
        continue;
      }
      for (const f of r.fields)
        out.push(
          row([resource, r.change, code(f.field), code(showValue(f.code)), code(showValue(f.account))]),
        );
    }
  }
  if (report.unmanaged) {
    const count = unmanagedCount(report);
    out.push("", `### ${UNMANAGED_TITLE} (${count})`, "");
    if (count === 0) out.push("None: every object in the account is managed by the stack.");
    else {
      out.push(row(["Type", "Name", "Id"]), row(["---", "---", "---"]));
      for (const [type, objects] of Object.entries(report.unmanaged))
        for (const o of objects) out.push(row([type, cell(o.name), code(o.id)]));
    }
  }
  const pending = pendingCodeNote(report);
  if (pending) out.push("", `> **Note:** ${pending}`);
  for (const notice of report.notices ?? []) out.push("", `> **Note:** ${notice}`);
  return out.join("\n") + "\n";
}
