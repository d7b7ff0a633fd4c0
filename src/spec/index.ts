export { declareAccount } from "./declare";
export type { AccountResources, DeclareOptions } from "./declare";
export { loadSpec, parseSpec, SpecError } from "./load";
export type { SpecProblem } from "./load";
export { resourceName } from "./names";
export { SECTIONS } from "./types";
export type * from "./types";
