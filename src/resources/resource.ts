import * as pulumi from "@pulumi/pulumi";
import { providerText } from "../provider/stub";
import { registryKey, secretNames, typeToken, type ResourceDeclaration } from "../provider/declaration";

/** What every LiveChat resource accepts besides its own fields. */
export interface AdoptArgs {
  /**
   * Take over an object that already exists in the account with the same natural key, bringing it to the
   * desired state, instead of failing on the duplicate (Pulumi's import does not work for dynamic providers).
   */
  adopt?: pulumi.Input<boolean>;
}

/**
 * Lowers the stack trace limit for the span of Pulumi's resource constructor, and returns the limit to restore.
 * The SDK records a stack trace on each of the four promises it makes per property, for its promise-leak
 * report alone, and source-map-support maps every frame of each: at 300 resources that was most of the
 * program's time before its first registration. The resource's own call site, which the engine keeps,
 * Pulumi records apart with no limit. With PULUMI_DEBUG_PROMISE_LEAKS set, the traces are kept whole.
 */
export function shortStacks(): number {
  const limit = Error.stackTraceLimit;
  if (!process.env.PULUMI_DEBUG_PROMISE_LEAKS) Error.stackTraceLimit = 0;
  return limit;
}

/**
 * The arguments of `pulumi.CustomResource`'s constructor for a LiveChat resource: the dynamic provider's type
 * token, every output declared, the type's `__provider` (a constant: nothing is serialized), and secret fields
 * kept secret in inputs and state whatever the caller passed. A function, not a base class: Pulumi stores the
 * constructor's stack trace with every resource, and each class level would add a frame to it.
 */
export function registration(
  declaration: ResourceDeclaration,
  name: string,
  args: object,
  opts: pulumi.CustomResourceOptions | undefined,
): ConstructorParameters<typeof pulumi.CustomResource> {
  const props: Record<string, unknown> = {};
  const secret = secretNames(declaration);
  for (const output of [...Object.keys(declaration.fields), ...Object.keys(declaration.outputs ?? {})])
    props[output] = undefined;
  for (const [key, value] of Object.entries(args)) {
    props[key] = secret.includes(key) && value !== undefined ? pulumi.secret(value) : value;
  }
  // What the dynamic provider host runs for the resource (pulumi.dynamic.Resource would serialize a closure).
  props.__provider = providerText(registryKey(declaration));
  const secrets = [...(opts?.additionalSecretOutputs ?? []), ...secret];
  return [typeToken(declaration), name, props, { ...opts, additionalSecretOutputs: secrets }];
}
