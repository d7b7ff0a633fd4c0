/** One thing wrong in a spec file: where (path and line) and what. */
export interface SpecProblem {
  /** Where in the file, like `agents[1].login`; empty for the file as a whole. */
  path: string;
  line?: number;
  message: string;
  /** The file the problem is in, when not the error's own file (a spec overlay's problems). */
  file?: string;
}

/** A spec file that cannot be applied, with every problem found in it. */
export class SpecError extends Error {
  constructor(
    readonly file: string,
    readonly problems: SpecProblem[],
  ) {
    super(
      `${file} has ${problems.length} problem${problems.length === 1 ? "" : "s"}:\n` +
        problems
          .map(
            (p) =>
              `  ${p.file ?? file}${p.line ? `:${p.line}` : ""}${p.path ? ` ${p.path}` : ""}: ${p.message}`,
          )
          .join("\n"),
    );
    this.name = "SpecError";
  }
}
