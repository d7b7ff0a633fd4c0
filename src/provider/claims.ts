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

/** The other generation's type of the same objects, and the id it gives the object a props describe. */
export interface Twin {
  declaration: ResourceDeclaration;
  idOf(id: string, props: Props): string;
}

/**
 * Which resource of this run manages the object a delete is about, if any: one of the same type (a resource
 * renamed without an alias adopted it) or of its twin in the other API generation (a stack moving to v3.6).
 */
export function claimedElsewhere(
  declaration: ResourceDeclaration,
  id: string,
  props: Props,
  twin: Twin | undefined,
): ResourceDeclaration | undefined {
  if (isClaimed(declaration, id)) return declaration;
  if (twin && isClaimed(twin.declaration, twin.idOf(id, props))) return twin.declaration;
  return undefined;
}
