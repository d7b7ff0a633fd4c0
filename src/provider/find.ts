import { naturalKeyOf } from "./fields";
import { outputsOf } from "./outputs";
import type { Context, Props, ResourceDeclaration, WireObject } from "./declaration";

/** Whether a server object has the natural key of these (checked) inputs. */
export function hasNaturalKey(declaration: ResourceDeclaration, object: WireObject, inputs: Props): boolean {
  return naturalKeyOf(declaration, outputsOf(declaration, object, {})) === naturalKeyOf(declaration, inputs);
}

/**
 * The account's object with the natural key of these (checked) inputs, compared the way the server compares
 * them (each key field's canonical form): for adoption, and for a create whose answer was lost.
 */
export async function findByNaturalKey(
  declaration: ResourceDeclaration,
  ctx: Context,
  inputs: Props,
): Promise<WireObject | undefined> {
  const { builtIn, adoptsBuiltIn } = declaration.account;
  const objects = await declaration.api.list(ctx, { details: false, group: inputs.group, near: inputs });
  return objects.find((o) => (adoptsBuiltIn || !builtIn?.(o)) && hasNaturalKey(declaration, o, inputs));
}
