import type { EngineEvent, Stack } from "@pulumi/pulumi/automation";

const LIVECHAT = "pulumi-nodejs:dynamic/livechat:";

/** What a preview with refresh would change, one line per drifted object. */
export async function describeDrift(stack: Stack): Promise<{ count: number; lines: string[] }> {
  const lines: string[] = [];
  await stack.preview({
    refresh: true,
    onEvent: (e: EngineEvent) => {
      const m = e.resourcePreEvent?.metadata;
      if (!m || !m.type.startsWith(LIVECHAT) || m.op === "same" || m.op === "refresh") return;
      const what = `${m.type.slice(LIVECHAT.length)} ${m.urn.split("::").pop()}`;
      lines.push(m.op === "create" ? `${what}: deleted in the account` : `${what}: ${m.op}`);
    },
  });
  return { count: lines.length, lines };
}
