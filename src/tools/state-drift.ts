// Drift without an engine run: the stack's last deployment (each resource's id, inputs and outputs, from its
// state) against the account, read with the provider's own calls (each type's `read`, served from one cached list
// per type where the API has one) and compared as a refresh and the diff after it would: the refreshed outputs
// (outputsOf) against the inputs (the provider's diff and changedFields, through drift-events' fieldDrift). What
// costs seconds of CPU per stack in a preview (the CLI, the program, the engine, the provider host) is left out:
// a check costs what its API calls cost.
import type { Deployment } from "@pulumi/pulumi/automation";
import { isUnauthorized, type LiveChatClient } from "../client";
import type { Context, Props } from "../provider/declaration";
import { diff } from "../provider/lifecycle";
import { ListCache } from "../provider/list-cache";
import { outputsOf } from "../provider/outputs";
import { takenOver } from "../provider/takeover";
import { registry } from "../resources/registry";
import { fieldDrift, inReportOrder, registryKeyOf, resourceDrift } from "./drift-events";
import type { ResourceDrift } from "./report";

/** A LiveChat resource as the stack's state holds it. */
export interface StateResource {
  urn: string;
  type: string;
  id?: string;
  inputs?: Props;
  outputs?: Props;
  /** A resource the engine was deleting when the state was written (the old half of a replacement). */
  delete?: boolean;
}

/** The LiveChat resources of a deployment that stand for objects in the account. */
export const livechatResources = (deployment: Deployment["deployment"]): StateResource[] =>
  ((deployment?.resources ?? []) as StateResource[]).filter(
    (r) => registryKeyOf(r.type) && r.id && !r.delete,
  );

/** Why a read failed, for the report's error. */
export class StateDriftError extends Error {
  constructor(
    message: string,
    readonly unauthorized: boolean,
  ) {
    super(message);
  }
}

/**
 * How the account differs from the deployment's resources: the same lines, in the same order, as a preview with
 * refresh of the same stack reports when its code is what was deployed.
 */
export async function driftFromState(
  resources: StateResource[],
  client: LiveChatClient,
): Promise<{ resources: ResourceDrift[]; checked: number }> {
  // One context for the whole check: each type's list is read once and serves every object of the type.
  const ctx: Context = { client, lists: new ListCache() };
  const lines = await Promise.all(
    resources.map(async (r): Promise<ResourceDrift | undefined> => {
      const key = registryKeyOf(r.type)!;
      const declaration = registry[key];
      const inputs = r.inputs ?? {};
      const outputs = r.outputs ?? {};
      let object;
      try {
        object = await declaration.api.read(ctx, r.id!, outputs);
      } catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        throw new StateDriftError(`${r.urn.split("::").pop()}: ${message}`, isUnauthorized(e));
      }
      if (!object) return resourceDrift(key, r.urn, "deleted", []);
      const refreshed = outputsOf(declaration, object, outputs);
      // The provider's diff decides whether the resource changes, and how; the fields are named as in a preview.
      const result = takenOver(declaration, outputs)
        ? { changes: true, replaces: [] }
        : diff(declaration, refreshed, inputs);
      if (!result.changes) return undefined;
      const fields = fieldDrift(key, refreshed, inputs);
      if (!fields) return undefined;
      return resourceDrift(key, r.urn, result.replaces?.length ? "replace" : "update", fields);
    }),
  );
  return {
    resources: inReportOrder(lines.filter((l): l is ResourceDrift => l !== undefined)),
    checked: resources.length,
  };
}
