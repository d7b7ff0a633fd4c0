// The plan as plain text (a terminal), Markdown (a pull-request comment) or JSON (the Plan itself).
import { plural } from "../report";
import type { Plan } from "./plan";

/** "2 to create, 1 to update, 1 to delete; 2 need care". */
export function countsLine(plan: Plan): string {
  const steps = (["create", "update", "replace", "delete"] as const)
    .filter((op) => plan.counts[op] > 0)
    .map((op) => `${plan.counts[op]} to ${op}`);
  const care = plan.needCare ? `; ${plan.needCare} ${plan.needCare === 1 ? "needs" : "need"} care` : "";
  return steps.length ? `${steps.join(", ")}${care}` : "nothing to change";
}

export function formatPlanText(plan: Plan, heading = true): string {
  const out: string[] = [];
  if (heading) out.push(`Plan for stack ${plan.stack}: ${plan.headline}`);
  else out.push(plan.headline);
  out.push(countsLine(plan));
  for (const t of plan.topics) {
    out.push("", t.title);
    for (const c of t.changes) {
      out.push(`  ${c.care ? "!" : "-"} ${c.text}`);
      if (c.care) out.push(`    needs care: ${c.care}`);
    }
  }
  if (plan.needCare)
    out.push("", `! marks ${plural(plan.needCare, "change")} to look at twice before applying.`);
  return out.join("\n") + "\n";
}

/** Text a user wrote (names, addresses, messages) as Markdown that renders as itself. */
const md = (text: string) => text.replace(/\r?\n/g, " ").replace(/[\\`*_[\]<>|#~]/g, (c) => `\\${c}`);

export function formatPlanMarkdown(plan: Plan, heading = true): string {
  const out: string[] = [];
  if (heading) out.push(`## LiveChat plan: stack \`${plan.stack.replace(/`/g, "'")}\``, "");
  out.push(`**${md(plan.headline)}**`, "", md(countsLine(plan)));
  for (const t of plan.topics) {
    out.push("", `### ${t.title}`, "");
    for (const c of t.changes)
      out.push(c.care ? `- ⚠️ **Needs care** (${md(c.care)}): ${md(c.text)}` : `- ${md(c.text)}`);
  }
  if (plan.policy?.length) out.push("", "### Policy", "", ...plan.policy.map((p) => `- ${md(p)}`));
  return out.join("\n") + "\n";
}
