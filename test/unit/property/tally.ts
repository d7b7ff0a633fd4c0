// How many cases each property ran, and how they fell: printed once at the end of a test file, so that a
// property that ran without ever seeing one side (always valid, say) shows, and is refused by its own test.

export type Tally = Record<string, number>;

const tallies = new Map<string, Tally>();

/** Counts one case of `property` under `outcome` ("both accept", "exception: ..."). */
export function count(property: string, outcome: string): void {
  const tally = tallies.get(property) ?? {};
  tally[outcome] = (tally[outcome] ?? 0) + 1;
  tallies.set(property, tally);
}

/** The value as JSON with every character beyond ASCII escaped, so that invisible ones show. */
export const ascii = (value: unknown) =>
  (JSON.stringify(value) ?? "undefined").replace(
    /[^\x20-\x7e]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

export const tallyOf = (property: string): Tally => tallies.get(property) ?? {};

/** One line per property: its cases in all, and each outcome's share. */
export function report(title: string, started: number): string {
  let total = 0;
  const lines = [...tallies.entries()].map(([property, tally]) => {
    const n = Object.values(tally).reduce((a, b) => a + b, 0);
    total += n;
    const parts = Object.entries(tally).map(([outcome, k]) => `${outcome} ${k}`);
    return `  ${property}: ${n} cases (${parts.join(", ")})`;
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  return `${title}: ${tallies.size} properties, ${total} cases in ${seconds} s\n${lines.join("\n")}`;
}
