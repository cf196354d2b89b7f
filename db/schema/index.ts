export * from "./enums";
export * from "./accounts";
export * from "./catalog";
export * from "./logistics";
export * from "./orders";
export * from "./fulfilment";
export * from "./partners";
export * from "./search";
