// The resource classes and their argument types are generated from the declarations in src/resources/.
export * from "./generated/resources";
export type { AdoptArgs } from "./resources/resource";
export * from "./account";
