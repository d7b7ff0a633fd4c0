// A resource's outputs from a server object, in the provider's own mapping. Free of the client: account
// programs (through the webhook type's key rule) and the tools load it without the HTTP client.
import { readField, sameUpToOrder, sameValue } from "./fields";
import type { Props, ResourceDeclaration, WireObject } from "./declaration";

/**
 * The outputs for a server object: the fields as the server reports them, those it never returns as last
 * applied. A set the server answers in another order than the one applied (or last read) is kept in that
 * order: outputs change only when the account does, never because a refresh read a set in the server's order.
 */
export function outputsOf(declaration: ResourceDeclaration, object: WireObject, applied: Props): Props {
  const outs: Props = {};
  for (const [name, field] of Object.entries(declaration.fields)) {
    const value = field.neverReturned ? applied[name] : readField(name, field, object);
    if (value === undefined || value === null) continue;
    // The same set for the field (its canonical form) and the same items: only the order differs.
    const reordered = sameValue(field, applied[name], value) && sameUpToOrder(applied[name], value);
    outs[name] = reordered ? applied[name] : value;
  }
  // Left out when the server has none (an adopted bot's secret): the engine takes no undefined value.
  for (const [name, value] of Object.entries(declaration.computed?.(object) ?? {}))
    if (value !== undefined && value !== null) outs[name] = value;
  if (applied.adopt !== undefined) outs.adopt = applied.adopt;
  return outs;
}
