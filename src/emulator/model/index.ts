// Domain model of one emulated LiveChat licence, one file per object kind. camelCase here; the wire
// (snake_case) shapes are produced by the serializers in routes/*.ts.

export * from "./scalars";
export * from "./agent";
export * from "./group";
export * from "./goal";
export * from "./greeting";
export * from "./tag";
export * from "./canned-response";
export * from "./webhook";
export * from "./state";
