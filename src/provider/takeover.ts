// A v3.6 resource whose state a v2 resource wrote: an alias from the v2 type (an account spec section moved to
// v3.6) hands the engine's old outputs, in v2's shape, to the v3.6 provider. They cannot be compared with v3.6
// inputs, so the resource is read afresh and brought to its inputs in place: the object stays, under its id.
import { registry, v2TwinOf } from "../resources/registry";
import { className, registryKey, type Props, type ResourceDeclaration } from "./declaration";

/**
 * The registry key of the type whose provider wrote a state, from the stub its `__provider` requires
 * (`require("pulumi-livechat/dist/provider/stubs/v36/Agent.js")`: the constant of provider/stub.ts, and the
 * closure Pulumi serialized around the same `require` up to 0.2.0).
 */
export function writtenBy(state: Props): string | undefined {
  const provider = state.__provider;
  if (typeof provider !== "string") return undefined;
  return /provider\/stubs\/((?:\w+\/)?\w+)\.js/.exec(provider)?.[1];
}

/**
 * The v2 type whose state this resource takes over, when another type wrote it; throws when that type is not
 * the v2 type of the same objects, rather than guess what its state means.
 */
export function takenOver(declaration: ResourceDeclaration, olds: Props): ResourceDeclaration | undefined {
  const writer = writtenBy(olds);
  if (writer === undefined || writer === registryKey(declaration)) return undefined;
  const v2 = v2TwinOf(declaration);
  if (v2 && registryKey(v2) === writer) return v2;
  const words = registry[writer] ? className(registry[writer]) : writer;
  throw new Error(
    `a ${words} resource's state cannot become a ${className(declaration)} ` +
      `resource's (an alias between unrelated types): remove the alias, and let this resource adopt the object instead`,
  );
}
