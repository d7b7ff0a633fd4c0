// The LiveChat steps of a preview, from `pulumi preview --json` (run by the plan, or saved by the user): one
// step per resource, with the state it starts from and the inputs it goes to. Secrets arrive as "[secret]".
import type { Props } from "../../provider/declaration";
import { registryKeyOf } from "../drift-events";
import { ToolError } from "../errors";
import { maskSecrets } from "../values";

export type StepOp = "create" | "update" | "replace" | "delete";

export interface PlanStep {
  /** The registry key of the type: `Agent`, `v36/Agent`. */
  key: string;
  urn: string;
  /** The Pulumi resource name. */
  name: string;
  op: StepOp;
  /** What the stack holds now (update, replace, delete). */
  old?: { id?: string; outputs: Props };
  /** What the code asks for (create, update, replace), with the resources each input comes from. */
  new?: { inputs: Props; dependsOn: Record<string, string[]> };
}

/** The shape of `pulumi preview --json` that the plan reads (apitype.PreviewDigest). */
interface PreviewJson {
  steps?: {
    op?: string;
    urn?: string;
    oldState?: { id?: string; type?: string; outputs?: Props };
    newState?: { type?: string; inputs?: Props; propertyDependencies?: Record<string, string[]> };
  }[];
}

/** The engine's step kinds, by which one says most when it plans several for a resource (a replacement). */
const RANK: Record<string, number> = {
  delete: 1,
  create: 2,
  update: 3,
  "create-replacement": 4,
  "delete-replaced": 4,
  replace: 4,
};
const OP: Record<string, StepOp> = { "create-replacement": "replace", "delete-replaced": "replace" };

/** The preview's LiveChat steps that change something, one per resource. */
export function stepsOf(preview: unknown): PlanStep[] {
  const digest = preview as PreviewJson;
  if (!digest || typeof digest !== "object" || !Array.isArray(digest.steps))
    throw new ToolError("not the output of `pulumi preview --json`: it has no steps");
  const chosen = new Map<string, PlanStep & { rank: number }>();
  for (const step of digest.steps) {
    const rank = RANK[step.op ?? ""];
    const key = registryKeyOf(step.newState?.type ?? step.oldState?.type);
    if (!rank || !key || !step.urn) continue;
    const before = chosen.get(step.urn);
    const op = (OP[step.op!] ?? step.op) as StepOp;
    const merged: PlanStep & { rank: number } = {
      key,
      urn: step.urn,
      name: step.urn.split("::").pop()!,
      op: before && before.rank > rank ? before.op : op,
      rank: Math.max(rank, before?.rank ?? 0),
      old:
        before?.old ??
        (step.oldState?.outputs
          ? { id: step.oldState.id, outputs: maskSecrets(step.oldState.outputs) as Props }
          : undefined),
      new:
        before?.new ??
        (step.newState?.inputs && op !== "delete"
          ? {
              inputs: maskSecrets(step.newState.inputs) as Props,
              dependsOn: step.newState.propertyDependencies ?? {},
            }
          : undefined),
    };
    chosen.set(step.urn, merged);
  }
  // The engine reports steps as they run, in no fixed order: by URN, the same change reads the same every time.
  return [...chosen.values()]
    .sort((a, b) => (a.urn < b.urn ? -1 : a.urn > b.urn ? 1 : 0))
    .map(({ rank: _rank, ...step }) => step);
}
