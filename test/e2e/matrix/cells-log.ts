// A matrix run's cells: each is run, timed and recorded, passed or failed, so one run reports every failing
// cell instead of stopping at the first; the test asserts that none failed and prints the table.
export interface CellResult {
  path: string;
  type: string;
  cell: string;
  ok: boolean;
  message?: string;
}

export class Cells {
  readonly results: CellResult[] = [];
  /** When the run began (a file's cells are made before its tests run). */
  private started?: number;

  /** Starts the run's clock. */
  start(): void {
    this.started = Date.now();
  }

  constructor(readonly path: string) {}

  /** Runs a cell's check; a throw (an expect that failed) fails the cell only. */
  async check(type: string, cell: string, run: () => unknown | Promise<unknown>): Promise<boolean> {
    try {
      await run();
      this.results.push({ path: this.path, type, cell, ok: true });
      return true;
    } catch (e) {
      const message = (e instanceof Error ? e.message : String(e)).slice(0, 2000);
      this.results.push({ path: this.path, type, cell, ok: false, message });
      return false;
    }
  }

  get failures(): string[] {
    return this.results.filter((r) => !r.ok).map((r) => `${r.type} ${r.cell}: ${r.message}`);
  }

  /** The summary the run prints: cells by type, failures in full, and the time taken. */
  summary(): string {
    const byType = new Map<string, CellResult[]>();
    for (const r of this.results) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
    const rows = [...byType].map(
      ([type, rs]) => `  ${type.padEnd(22)} ${rs.filter((r) => r.ok).length}/${rs.length} cells passed`,
    );
    const seconds = ((Date.now() - (this.started ?? Date.now())) / 1000).toFixed(1);
    return [
      `matrix, ${this.path}: ${this.results.length} cells over ${byType.size} types, ` +
        `${this.failures.length} failed, ${seconds} s`,
      ...rows,
      ...this.failures.map((f) => `  FAILED ${f}`),
    ].join("\n");
  }
}
