import type * as pulumi from "@pulumi/pulumi";
import { isAmbiguousWrite, LiveChatError } from "../client";
import { naturalKeyOf, toWireBody } from "./fields";
import { changedFields, fixedDifferences, updateFields } from "./lifecycle";
import { outputsOf } from "./outputs";
import { claim, isClaimed, oneAtATime } from "./claims";
import { currentContext } from "./runtime";
import { naturalKeyWords, registryKey } from "./declaration";
import type { Context, Props, ResourceDeclaration, WireObject } from "./declaration";
import { findByNaturalKey } from "./find";
import { warn } from "./warn";
import { providerText } from "./stub";

/** How many times a create is sent when the server's answer is lost (after looking the object up). */
const CREATE_ATTEMPTS = 3;

/** Makes the object (or adopts it) and brings it to the desired state; never leaves what it made unrecorded. */
export async function create(
  declaration: ResourceDeclaration,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const ctx = currentContext();
  const result = await oneAtATime(
    `${registryKey(declaration)}:${naturalKeyOf(declaration, inputs)}`,
    async () => {
      const existing = await findByNaturalKey(declaration, ctx, inputs);
      if (existing) {
        const id = declaration.idOf(existing);
        if (isClaimed(declaration, id)) {
          throw new Error(
            `${declaration.type} with this ${naturalKeyWords(declaration)} already exists in the account (id ${id}), and another ` +
              `resource of this program manages it: declare it once, or change the ${naturalKeyWords(declaration)} of one of them.`,
          );
        }
        if (inputs.adopt !== true) throw alreadyExists(declaration, id, "");
        return adopt(declaration, ctx, existing, inputs);
      }
      return finish(declaration, ctx, await createOnce(declaration, ctx, inputs), inputs);
    },
  );
  claim(declaration, result.id);
  return result;
}

function alreadyExists(declaration: ResourceDeclaration, id: string, when: string): Error {
  return new Error(
    `${declaration.type} with this ${naturalKeyWords(declaration)} already exists in the account (id ${id})${when}. ` +
      `Set adopt: true to take it over, or change the ${naturalKeyWords(declaration)}. If another stack manages this ` +
      `account too, only one of them may declare it.`,
  );
}

/**
 * Sends the create; when the answer is lost (a reset after the server may have written), looks the object up
 * by its natural key before sending again, so a lost answer never makes a duplicate.
 */
async function createOnce(
  declaration: ResourceDeclaration,
  ctx: Context,
  inputs: Props,
): Promise<WireObject> {
  const creatable = Object.keys(declaration.fields).filter((name) => !declaration.fields[name].setByUpdate);
  const body = toWireBody(declaration.fields, inputs, creatable);
  for (let attempt = 1; ; attempt++) {
    try {
      return await declaration.api.create(ctx, body, inputs);
    } catch (e) {
      // A batch answers each refused request with an error of its own, under the batch's 200.
      const refused =
        LiveChatError.isInstance(e) && ((e.status >= 400 && e.status < 500) || e.batchIndex !== undefined);
      if (!isAmbiguousWrite(e) && !refused) throw e;
      // Look even after the last attempt: an object the server made must never be left outside the state.
      ctx.lists.of(declaration).invalidate();
      const found = await findByNaturalKey(declaration, ctx, inputs);
      // Refused on the first try because the key was taken meanwhile: someone else made it during this run.
      if (found && refused && attempt === 1) {
        throw alreadyExists(declaration, declaration.idOf(found), ", made while this run was creating it");
      }
      if (found)
        return (
          (await declaration.api.read(ctx, declaration.idOf(found), inputs).catch(() => undefined)) ?? found
        );
      if (refused || attempt >= CREATE_ATTEMPTS) throw e;
    }
  }
}

/**
 * Applies what the create call did not (fields set after create; anything the server did not take). The
 * object exists from here on: if this fails, the error carries its id and outputs, so the engine records a
 * partial create and the next `up` finishes it, instead of an object the state does not know.
 */
async function finish(
  declaration: ResourceDeclaration,
  ctx: Context,
  object: WireObject,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const id = declaration.idOf(object);
  const actual = outputsOf(declaration, object, inputs);
  const { changed, replace } = changedFields(declaration, actual, inputs);
  const pending = changed.filter((name) => !replace.includes(name));
  if (pending.length === 0) return { id, outs: actual };
  try {
    const updated = await updateFields(declaration, ctx, id, pending, inputs, actual);
    return { id, outs: outputsOf(declaration, updated, inputs) };
  } catch (e) {
    const reason = `${declaration.type} ${id} was created, but setting ${pending.join(", ")} failed: ${messageOf(e)}`;
    const message = `${reason}. It is recorded in the stack; run pulumi up again to finish it.`;
    // The engine records these as the object's outputs, secrets marked secret as on success (its step executor
    // applies additionalSecretOutputs whatever the step's result): a bot's secret, answered only by this create,
    // is kept. The provider host adds `__provider` only on success, and refresh and destroy need it.
    const properties = { ...actual, __provider: providerText(registryKey(declaration)) };
    throw Object.assign(new Error(message), { id, properties, reasons: [message] });
  }
}

/** Takes over an existing object and brings it to the desired state. */
async function adopt(
  declaration: ResourceDeclaration,
  ctx: Context,
  found: WireObject,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const id = declaration.idOf(found);
  const current = (await declaration.api.read(ctx, id, inputs)) ?? found;
  const actual = outputsOf(declaration, current, {});
  const { changed, replace } = changedFields(declaration, actual, inputs);
  const blocking = replace.filter((name) => !declaration.fields[name].neverReturned);
  if (blocking.length > 0) {
    throw new Error(
      `${declaration.type} ${id} cannot be adopted: ${blocking.join(", ")} differ(s) from the account and the API ` +
        `cannot change it in place. Make the program match the account, or delete the object first.`,
    );
  }
  for (const message of fixedDifferences(declaration, id, actual, inputs)) await warn(message);
  const object = changed.length ? await updateFields(declaration, ctx, id, changed, inputs, actual) : current;
  return { id, outs: outputsOf(declaration, object, inputs) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
