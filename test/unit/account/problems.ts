import { parseSpec, SpecError } from "../../../src/account";

/** The problems a spec text is refused with, as "line path: message"; fails when it is accepted. */
export const problemsOf = (text: string): string[] => {
  try {
    parseSpec(text, "account.yaml");
  } catch (e) {
    if (e instanceof SpecError) return e.problems.map((p) => `${p.line ?? "-"} ${p.path}: ${p.message}`);
    throw e;
  }
  throw new Error("expected the spec to be refused");
};
