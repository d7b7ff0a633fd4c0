// Domain model of one emulated LiveChat licence, one file per object kind, shared by both API generations
// (v2 and v3.6). camelCase here; each generation's wire (snake_case) shapes are produced by its routes.

export * from "./scalars";
export * from "./schedule";
export * from "./agent";
export * from "./group";
export * from "./goal";
export * from "./greeting";
export * from "./tag";
export * from "./canned-response";
export * from "./webhook";
export * from "./bot";
export * from "./v36-objects";
export * from "./state";
