export { declareAccount } from "./declare";
export type { AccountResources, DeclareOptions } from "./declare";
export { loadSpec, parseSpec, SpecError } from "./load";
export type { SpecProblem } from "./load";
export { resourceName, resourceNames } from "./names";
export type { ResourceNames } from "./names";
export { SECTIONS } from "./types";
export type * from "./types";
