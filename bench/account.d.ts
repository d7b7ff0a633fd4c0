// Types of account.js (plain CommonJS, so that `npm run bench` runs it without a compile step).

/** How many objects of each kind. */
export interface AccountCounts {
  groups?: number;
  agents?: number;
  goals?: number;
  greetings?: number;
  tags?: number;
  cannedResponses?: number;
  webhooks?: number;
}

export interface AccountOptions {
  /** The spec's top-level `adopt`. */
  adopt?: boolean;
  /** Every agent's password comes from this secret config key (`{ secret: key }`). */
  passwordKey?: string;
  /** Put in every natural key. */
  prefix?: string;
}

/** An account spec as src/account reads it, loosely typed. */
export type AccountSpecData = { adopt?: boolean } & Record<string, Record<string, unknown>[]>;

export const BENCH_COUNTS: Required<AccountCounts>;
export function accountSpec(counts?: AccountCounts, options?: AccountOptions): AccountSpecData;
export function accountYaml(counts?: AccountCounts, options?: AccountOptions): string;
export function objectCount(counts: AccountCounts): number;
export function declaredKeys(spec: AccountSpecData): string[];
export function accountKeys(state: object, ownerLogin: string): string[];
export function duplicates(keys: string[]): string[];
