import type * as pulumi from "@pulumi/pulumi";
import { isAmbiguousWrite, LiveChatError } from "../client";
import { naturalKeyOf, toWireBody } from "./fields";
import { changedFields, fixedDifferences, outputsOf } from "./lifecycle";
import { claim, isClaimed, oneAtATime } from "./claims";
import { currentContext } from "./runtime";
import type { Context, Props, ResourceSpec, WireObject } from "./spec";
import { warn } from "./warn";

/** How many times a create is sent when the server's answer is lost (after looking the object up). */
const CREATE_ATTEMPTS = 3;

/** Makes the object (or adopts it) and brings it to the desired state; never leaves what it made unrecorded. */
export async function create(spec: ResourceSpec, inputs: Props): Promise<pulumi.dynamic.CreateResult> {
  const ctx = currentContext();
  const result = await oneAtATime(`${spec.type}:${naturalKeyOf(spec, inputs)}`, async () => {
    const existing = await spec.api.find(ctx, inputs);
    if (existing) {
      const id = spec.idOf(existing);
      if (isClaimed(spec, id)) {
        throw new Error(
          `${spec.type} with this ${spec.naturalKey} already exists in the account (id ${id}), and another ` +
            `resource of this program manages it: declare it once, or change the ${spec.naturalKey} of one of them.`,
        );
      }
      if (inputs.adopt !== true) throw alreadyExists(spec, id, "");
      return adopt(spec, ctx, existing, inputs);
    }
    return finish(spec, ctx, await createOnce(spec, ctx, inputs), inputs);
  });
  claim(spec, result.id);
  return result;
}

function alreadyExists(spec: ResourceSpec, id: string, when: string): Error {
  return new Error(
    `${spec.type} with this ${spec.naturalKey} already exists in the account (id ${id})${when}. ` +
      `Set adopt: true to take it over, or change the ${spec.naturalKey}. If another stack manages this ` +
      `account too, only one of them may declare it.`,
  );
}

/**
 * Sends the create; when the answer is lost (a reset after the server may have written), looks the object up
 * by its natural key before sending again, so a lost answer never makes a duplicate.
 */
async function createOnce(spec: ResourceSpec, ctx: Context, inputs: Props): Promise<WireObject> {
  const creatable = Object.keys(spec.fields).filter((name) => !spec.fields[name].setAfterCreate);
  const body = toWireBody(spec.fields, inputs, creatable);
  for (let attempt = 1; ; attempt++) {
    try {
      return await spec.api.create(ctx, body, inputs);
    } catch (e) {
      const refused = LiveChatError.isInstance(e) && e.status >= 400 && e.status < 500;
      if (!isAmbiguousWrite(e) && !refused) throw e;
      // Look even after the last attempt: an object the server made must never be left outside the state.
      ctx.lists.invalidate(spec.type);
      const found = await spec.api.find(ctx, inputs);
      // Refused on the first try because the key was taken meanwhile: someone else made it during this run.
      if (found && refused && attempt === 1) {
        throw alreadyExists(spec, spec.idOf(found), ", made while this run was creating it");
      }
      if (found) return (await spec.api.read(ctx, spec.idOf(found), inputs).catch(() => undefined)) ?? found;
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
  spec: ResourceSpec,
  ctx: Context,
  object: WireObject,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const id = spec.idOf(object);
  const actual = outputsOf(spec, object, inputs);
  const { changed, replace } = changedFields(spec, actual, inputs);
  const pending = changed.filter((name) => !replace.includes(name));
  if (pending.length === 0) return { id, outs: actual };
  try {
    const updated = await spec.api.update(ctx, id, toWireBody(spec.fields, inputs, pending), inputs, actual);
    return { id, outs: outputsOf(spec, updated, inputs) };
  } catch (e) {
    const reason = `${spec.type} ${id} was created, but setting ${pending.join(", ")} failed: ${messageOf(e)}`;
    const message = `${reason}. It is recorded in the stack; run pulumi up again to finish it.`;
    // Secrets stay out: the engine may not mark a partial create's outputs secret. The next up sets them again.
    const properties = Object.fromEntries(
      Object.entries(actual).filter(([name]) => !spec.secretOutputs?.includes(name)),
    );
    throw Object.assign(new Error(message), { id, properties, reasons: [message] });
  }
}

/** Takes over an existing object and brings it to the desired state. */
async function adopt(
  spec: ResourceSpec,
  ctx: Context,
  found: WireObject,
  inputs: Props,
): Promise<pulumi.dynamic.CreateResult> {
  const id = spec.idOf(found);
  const current = (await spec.api.read(ctx, id, inputs)) ?? found;
  const actual = outputsOf(spec, current, {});
  const { changed, replace } = changedFields(spec, actual, inputs);
  const blocking = replace.filter((name) => !spec.fields[name].writeOnly);
  if (blocking.length > 0) {
    throw new Error(
      `${spec.type} ${id} cannot be adopted: ${blocking.join(", ")} differ(s) from the account and the API ` +
        `cannot change it in place. Make the program match the account, or delete the object first.`,
    );
  }
  for (const message of fixedDifferences(spec, id, actual, inputs)) await warn(message);
  const object = changed.length
    ? await spec.api.update(ctx, id, toWireBody(spec.fields, inputs, changed), inputs, actual)
    : current;
  return { id, outs: outputsOf(spec, object, inputs) };
}

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));
