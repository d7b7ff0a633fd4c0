import { registryKey, type ResourceDeclaration } from "./declaration";

// Per provider process: creates of one natural key wait for each other, and each object is claimed by one
// resource, so one program cannot make (or adopt) the same object twice.
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
