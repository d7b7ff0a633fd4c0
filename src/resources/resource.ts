import * as pulumi from "@pulumi/pulumi";
import { providerFor } from "../provider/stub";
import type { ResourceSpec } from "../provider/spec";

/** What every LiveChat resource accepts besides its own fields. */
export interface AdoptArgs {
  /**
   * Take over an object that already exists in the account with the same natural key, bringing it to the
   * desired state, instead of failing on the duplicate (Pulumi's import does not work for dynamic providers).
   */
  adopt?: pulumi.Input<boolean>;
}

/**
 * Base of the seven resource classes: registers the type with the tiny serialized provider, declares every
 * output, and keeps secret fields secret in inputs and state whatever the caller passed.
 */
export abstract class LiveChatResource extends pulumi.dynamic.Resource {
  protected constructor(
    spec: ResourceSpec,
    name: string,
    args: object,
    opts: pulumi.CustomResourceOptions | undefined,
  ) {
    const props: Record<string, unknown> = {};
    for (const output of [...Object.keys(spec.fields), ...(spec.computedOutputs ?? [])])
      props[output] = undefined;
    for (const [key, value] of Object.entries(args)) {
      props[key] = spec.secretOutputs?.includes(key) && value !== undefined ? pulumi.secret(value) : value;
    }
    const secrets = [...(opts?.additionalSecretOutputs ?? []), ...(spec.secretOutputs ?? [])];
    super(
      providerFor(spec.type),
      name,
      props,
      { ...opts, additionalSecretOutputs: secrets },
      "livechat",
      spec.type,
    );
  }
}
