// A resource's outputs from a server object, in the provider's own mapping. Free of the client: account
// programs (through the webhook type's key rule) and the tools load it without the HTTP client.
import { readField } from "./fields";
import type { Props, ResourceDeclaration, WireObject } from "./declaration";

/** The outputs for a server object: the fields as the server reports them, write-only ones as last applied. */
export function outputsOf(declaration: ResourceDeclaration, object: WireObject, applied: Props): Props {
  const outs: Props = {};
  for (const [name, field] of Object.entries(declaration.fields)) {
    const value = field.writeOnly ? applied[name] : readField(name, field, object);
    if (value !== undefined && value !== null) outs[name] = value;
  }
  Object.assign(outs, declaration.computed?.(object));
  if (applied.adopt !== undefined) outs.adopt = applied.adopt;
  return outs;
}
