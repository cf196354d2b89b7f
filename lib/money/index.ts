export * from "./currencies";
export * from "./convert";
export * from "./format";
