// `livechat-pulumi plan`: a stack's pending change in the account's words, for the people who run the support
// team. It reads `pulumi preview --json` (run here, or saved by the user) and the stack's last deployment (for
// the names of groups and people the change does not touch).
import * as fs from "fs";
import type { Deployment, EngineEvent, Stack } from "@pulumi/pulumi/automation";
import { diagnosticLine, failureMessage, policyLine, ToolError } from "../errors";
import { plural } from "../report";
import { namedStackAccess, openStack, type StackAccess } from "../stack";
import { planChanges, type Fact, type PlanChange } from "./changes";
import { Names } from "./names";
import { stepsOf, type PlanStep, type StepOp } from "./steps";
import { TOPICS, type Topic } from "./words";

export interface Plan {
  stack: string;
  /** One line: "3 people change groups; 1 greeting stops showing; nothing is deleted". */
  headline: string;
  /** Pulumi's steps on LiveChat objects, by kind. */
  counts: Record<StepOp, number>;
  /** How many changes need care (deletions, seats made again, new webhook addresses). */
  needCare: number;
  /** The changes, by part of the account, in the order a reviewer reads them (parts with none left out). */
  topics: { topic: Topic; title: string; changes: PlanChange[] }[];
  /** What the policy packs run with the preview said: "advisory webhook-url (hook): url uses http...". */
  policy?: string[];
}

export interface PlanOptions {
  stack: string;
  /** The project folder (with Pulumi.yaml). */
  cwd: string;
  /** A saved `pulumi preview --json` to read instead of running a preview. */
  from?: string;
  /** Policy packs to run with the preview (`pulumi preview --policy-pack`). */
  policyPacks?: string[];
  /** Their config files, in the same order. */
  policyPackConfigs?: string[];
  /** For --from: the stack, already reachable (the fleet's); by default it is opened from `cwd`. */
  access?: StackAccess;
  /** Selects the stack for its preview (the fleet selects one at a time); by default it is opened from `cwd`. */
  open?: () => Promise<Stack>;
  onProgress?: (message: string) => void;
}

export async function makePlan(options: PlanOptions): Promise<Plan> {
  if (options.from) {
    const preview = readSaved(options.from);
    const access = options.access ?? namedStackAccess(options.cwd, options.stack);
    return planOf(options.stack, preview, await stateOf(access.deployment()));
  }
  const stack = await (options.open?.() ?? openStack(options.stack, options.cwd));
  const { preview, policy } = await runPreview(options, stack);
  const plan = planOf(options.stack, preview, await stateOf(stack.exportStack().then((d) => d.deployment)));
  return policy.length ? { ...plan, policy } : plan;
}

const stateOf = async (deployment: Promise<Deployment["deployment"]>) =>
  (((await deployment) as { resources?: [] } | undefined)?.resources ?? []) as Parameters<typeof planOf>[2];

/** The plan of a preview, with names from the stack's state. */
export function planOf(
  stack: string,
  preview: unknown,
  state: { type?: string; id?: string; outputs?: Record<string, unknown> }[],
): Plan {
  const steps = stepsOf(preview);
  const changes = planChanges(steps, new Names(state, steps));
  const topics = (Object.keys(TOPICS) as Topic[])
    .map((topic) => ({ topic, title: TOPICS[topic], changes: changes.filter((c) => c.topic === topic) }))
    .filter((t) => t.changes.length > 0);
  return {
    stack,
    headline: headline(changes, steps),
    counts: countSteps(steps),
    needCare: changes.filter((c) => c.care).length,
    topics,
  };
}

function countSteps(steps: PlanStep[]): Record<StepOp, number> {
  const counts: Record<StepOp, number> = { create: 0, update: 0, replace: 0, delete: 0 };
  for (const s of steps) counts[s.op]++;
  return counts;
}

/** The facts a reviewer wants first, with the count of each. */
const HEADLINE: [Fact, string, string][] = [
  ["changesGroups", "person changes groups", "people change groups"],
  ["joins", "person joins", "people join"],
  ["leaves", "person leaves", "people leave"],
  ["seatRemade", "seat is deleted and made again", "seats are deleted and made again"],
  ["greetingStops", "greeting stops showing", "greetings stop showing"],
  ["greetingStarts", "greeting starts showing", "greetings start showing"],
  ["newDestination", "webhook sends to a new address", "webhooks send to new addresses"],
];

function headline(changes: PlanChange[], steps: PlanStep[]): string {
  if (steps.length === 0) return "No changes";
  const count = (fact: Fact) => changes.filter((c) => c.facts.includes(fact)).length;
  const parts = HEADLINE.flatMap(([fact, one, many]) => {
    const n = count(fact);
    return n ? [`${n} ${n === 1 ? one : many}`] : [];
  });
  if (parts.length === 0) parts.push(`${plural(changes.length, "change")} to review`);
  // A delete paired with a create (a webhook's new address, an agent's new login) is said above, not lost.
  const moved = new Set(
    changes.filter((c) => c.resources.length > 1).flatMap((c) => c.resources.map((r) => r.name)),
  );
  const deletions = steps.filter((s) => s.op === "delete" && !moved.has(s.name)).length;
  const remade = moved.size > 0 || steps.some((s) => s.op === "replace");
  parts.push(
    deletions > 0
      ? `${plural(deletions, "object")} ${deletions === 1 ? "is" : "are"} deleted`
      : remade
        ? "nothing else is deleted"
        : "nothing is deleted",
  );
  return parts.join("; ");
}

function readSaved(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new ToolError(`${file} is not a saved \`pulumi preview --json\`: ${(e as Error).message}`);
  }
}

/**
 * A preview of the stack through the Automation API, as the steps of `pulumi preview --json` (the engine's events
 * carry the same states, without the inputs' dependencies), and what its policy packs said. A failed preview is
 * an error of the plan, with the preview's errors and the policies that refused it.
 */
async function runPreview(
  options: PlanOptions,
  stack: Stack,
): Promise<{ preview: unknown; policy: string[] }> {
  options.onProgress?.(`previewing stack ${options.stack}…`);
  const steps: object[] = [];
  const policy = new Set<string>();
  const errors: string[] = [];
  const onEvent = (event: EngineEvent) => {
    const step = event.resourcePreEvent?.metadata;
    if (step)
      steps.push({
        op: step.op,
        urn: step.urn,
        oldState: step.old && { type: step.old.type, id: step.old.id, outputs: step.old.outputs },
        newState: step.new && { type: step.new.type, inputs: step.new.inputs },
      });
    if (event.policyEvent) policy.add(policyLine(event.policyEvent));
    const d = event.diagnosticEvent;
    if (d?.severity === "error") errors.push(diagnosticLine(d));
  };
  try {
    await stack.preview({
      color: "never",
      onEvent,
      ...(options.policyPacks ? { policyPacks: options.policyPacks } : {}),
      ...(options.policyPackConfigs ? { policyPackConfigs: options.policyPackConfigs } : {}),
    });
  } catch (e) {
    throw new ToolError(
      `the preview of stack ${options.stack} failed, so there is no plan:\n` +
        failureMessage(e, [...policy, ...errors]),
    );
  }
  return { preview: { steps }, policy: [...policy] };
}
