import { registryKey, type Props, type ResourceDeclaration } from "./declaration";

// Per provider process: creates of one natural key wait for each other, and each object is claimed by the
// resource that manages it in this run (made, adopted, or diffed without replacement), so one program cannot
// make or adopt the same object twice, and no resource deletes an object another one of the run manages.
const inFlight = new Map<string, Promise<unknown>>();
const claimed = new Set<string>();
const claimOf = (declaration: ResourceDeclaration, id: string) => `${registryKey(declaration)}:${id}`;

/** Runs `run` after every earlier run under the same key has settled. */
export async function oneAtATime<T>(key: string, run: () => Promise<T>): Promise<T> {
  const mine = (inFlight.get(key) ?? Promise.resolve()).catch(() => undefined).then(run);
  inFlight.set(key, mine);
  try {
    return await mine;
  } finally {
    if (inFlight.get(key) === mine) inFlight.delete(key);
  }
}

/** Records that a resource of this process manages the object. */
export function claim(declaration: ResourceDeclaration, id: string): void {
  claimed.add(claimOf(declaration, id));
}

export function isClaimed(declaration: ResourceDeclaration, id: string): boolean {
  return claimed.has(claimOf(declaration, id));
}

/** Forgets a deleted object's claim (a replacement may make one with the same id). */
export function release(declaration: ResourceDeclaration, id: string): void {
  claimed.delete(claimOf(declaration, id));
}

/**
 * Which resource of this run manages the object a delete is about, if any: one of the same type (a resource
 * renamed without an alias adopted it) or, for a v2 type, its v3.6 twin (a stack moving to v3.6). `twin` is
 * the v3.6 declaration of the same section.
 */
export function claimedElsewhere(
  declaration: ResourceDeclaration,
  id: string,
  props: Props,
  twin: ResourceDeclaration | undefined,
): ResourceDeclaration | undefined {
  if (isClaimed(declaration, id)) return declaration;
  const same = declaration.account.sameInV36;
  if (twin && same && isClaimed(twin, same.idOf ? same.idOf(props) : id)) return twin;
  return undefined;
}
