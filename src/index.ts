// The resource classes and their argument types are generated from the declarations in src/resources/.
export * from "./generated/resources";
/** The Configuration API v3.6 resources: `new v36.Agent(...)`. */
export * as v36 from "./generated/v36";
export type { AdoptArgs } from "./resources/resource";
export * from "./account";
