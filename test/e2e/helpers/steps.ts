// Steps of a scenario that several tests build on. Each test awaits the step it needs: the step runs once,
// on first need, after the steps it awaits itself, so a test run alone (jest -t) builds what it needs and a
// whole file runs each step once, in order. A step that failed fails every test that needs it, with its error.

/** A step: `run` runs on the first call; every call answers its result (or its failure). */
export function step<T>(run: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= run());
}
