// Whether the root program's spec changed since the stack's last deployment: the program records the digest of
// the spec it applied among the stack's outputs; the spec named by the stack's config now is read and digested
// the same way.
import * as path from "path";
import type { Deployment } from "@pulumi/pulumi/automation";
import { specDigest } from "../account/digest";
import { loadSpecWithOverlay } from "../account/overlay";
import type { StackAccess } from "./stack";

/** The config key of the root program's `key` (`<project>:spec`), whatever the project's name. */
const valueOf = (config: Record<string, { value: string }>, key: string) =>
  Object.entries(config).find(([k]) => k.endsWith(`:${key}`) && !k.startsWith("livechat:"))?.[1].value;

/**
 * True when the spec changed since the deployment (or cannot be read now), false when not; undefined for a stack
 * whose program records no digest (a program of one's own, or one deployed before the digest was recorded).
 */
export async function codeChangedSince(
  deployment: Deployment["deployment"],
  access: StackAccess,
  cwd: string,
): Promise<boolean | undefined> {
  const root = ((deployment?.resources ?? []) as { type: string; outputs?: Record<string, unknown> }[]).find(
    (r) => r.type === "pulumi:pulumi:Stack",
  );
  const recorded = root?.outputs?.specDigest;
  if (typeof recorded !== "string") return undefined;
  const config = await access.config();
  const at = (file: string) => path.resolve(cwd, file);
  try {
    const overlay = valueOf(config, "overlay");
    const spec = loadSpecWithOverlay(at(valueOf(config, "spec") ?? "account.yaml"), overlay && at(overlay));
    return specDigest(spec) !== recorded;
  } catch {
    return true; // a spec that no longer loads has changed, and the preview says how
  }
}
