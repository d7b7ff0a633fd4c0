// The fleet's live view on stderr: on a terminal, one line per license redrawn in place (ANSI cursor moves);
// elsewhere (CI logs, files), a plain line each time a license starts or ends.
import type { LicenseResult } from "./fleet-report";

type State =
  | { phase: "waiting" }
  | { phase: "running"; since: number; text: string }
  | { phase: "done"; result: LicenseResult };

const CLEAR_LINE = "\u001b[2K";
const up = (n: number) => (n > 0 ? `\u001b[${n}A` : "");

export interface ProgressOutput {
  write(text: string): unknown;
  isTTY?: boolean;
  rows?: number;
}

export class FleetProgress {
  private readonly states = new Map<string, State>();
  private drawn = 0;
  private timer?: NodeJS.Timeout;
  private readonly live: boolean;

  constructor(
    private readonly stacks: string[],
    private readonly out: ProgressOutput,
    private readonly words: (result: LicenseResult) => string,
    live = out.isTTY === true && !process.env.CI,
  ) {
    this.live = live;
    for (const s of stacks) this.states.set(s, { phase: "waiting" });
    if (this.live) {
      this.draw();
      this.timer = setInterval(() => this.draw(), 500);
    }
  }

  running(stack: string, text: string): void {
    const before = this.states.get(stack);
    const since = before?.phase === "running" ? before.since : Date.now();
    this.states.set(stack, { phase: "running", since, text });
    if (!this.live && before?.phase !== "running") this.out.write(`${stack}: started\n`);
  }

  done(result: LicenseResult): void {
    this.states.set(result.stack, { phase: "done", result });
    if (this.live) this.draw();
    else this.out.write(`${result.stack}: ${this.words(result)}\n`);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    if (this.live) this.draw();
  }

  private line(stack: string, width: number): string {
    const state = this.states.get(stack)!;
    const name = stack.padEnd(width);
    if (state.phase === "waiting") return `  ${name}  waiting`;
    if (state.phase === "running")
      return `… ${name}  ${Math.round((Date.now() - state.since) / 1000)} s  ${state.text}`;
    const mark = state.result.status === "ok" ? "✓" : state.result.status === "failed" ? "✗" : "!";
    return `${mark} ${name}  ${this.words(state.result)}`;
  }

  private draw(): void {
    const width = Math.max(...this.stacks.map((s) => s.length));
    let shown = this.stacks;
    const room = (this.out.rows ?? 50) - 2;
    // More licenses than the terminal has rows: the running ones, and a count of the others.
    const extra: string[] = [];
    if (shown.length > room) {
      shown = this.stacks.filter((s) => this.states.get(s)!.phase === "running").slice(0, room - 1);
      const count = (phase: State["phase"]) =>
        [...this.states.values()].filter((s) => s.phase === phase).length;
      extra.push(`  ${count("done")} done, ${count("waiting")} waiting`);
    }
    const lines = [...shown.map((s) => this.line(s, width)), ...extra];
    let text = up(this.drawn);
    for (const l of lines) text += `${CLEAR_LINE}${l}\n`;
    // Lines left from a longer drawing.
    for (let i = lines.length; i < this.drawn; i++) text += `${CLEAR_LINE}\n`;
    this.out.write(text);
    this.drawn = Math.max(lines.length, this.drawn);
  }
}
