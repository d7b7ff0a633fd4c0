import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";

const LIVECHAT = "pulumi-nodejs:dynamic/livechat:";

/** The operation planned for each LiveChat resource that is not left as it is, by resource name. */
export function changesOf(events: EngineEvent[]): Record<string, string> {
  const ops: Record<string, string> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (m && m.type.startsWith(LIVECHAT) && m.op !== "same") ops[m.urn.split("::").pop()!] = m.op;
  }
  return ops;
}

const V36 = "pulumi-nodejs:dynamic/livechat/v36:";

/**
 * The operation planned for each v36 resource that is not left as it is, by resource name. A "refresh" is
 * not a change: only outputs moved (a group's members, after an agent joined it).
 */
export function v36ChangesOf(events: EngineEvent[]): Record<string, string> {
  const ops: Record<string, string> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (m && m.type.startsWith(V36) && m.op !== "same" && m.op !== "refresh")
      ops[m.urn.split("::").pop()!] = m.op;
  }
  return ops;
}

/** Every operation on a LiveChat resource, by resource name ("same" included), in the order planned. */
export function opsOf(events: EngineEvent[]): Record<string, string[]> {
  const ops: Record<string, string[]> = {};
  for (const e of events) {
    const m = e.resourcePreEvent?.metadata;
    if (m && m.type.startsWith(LIVECHAT)) (ops[m.urn.split("::").pop()!] ??= []).push(m.op);
  }
  return ops;
}

/** The error diagnostics the engine reported, each with the name of the resource it is about. */
export function errorsOf(events: EngineEvent[]): { name: string; message: string }[] {
  return events
    .map((e) => e.diagnosticEvent)
    .filter((d) => d?.severity === "error" && d.urn)
    .map((d) => ({ name: d!.urn!.split("::").pop()!, message: d!.message }));
}

/** The LiveChat resources recorded in the stack's state, as `pulumi stack export` shows them. */
export async function managedResources(
  stack: Stack,
): Promise<{ name: string; type: string; id?: string; outputs?: Record<string, unknown> }[]> {
  const { deployment } = await stack.exportStack();
  return (
    deployment.resources as { urn: string; type: string; id?: string; outputs?: Record<string, unknown> }[]
  )
    .filter((r) => r.type.startsWith(LIVECHAT))
    .map((r) => ({
      name: r.urn.split("::").pop()!,
      type: r.type.slice(LIVECHAT.length),
      id: r.id,
      outputs: r.outputs,
    }));
}
