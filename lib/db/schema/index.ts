/**
 * Every table, for the typed client and drizzle-kit. This file only re-exports: the table files import
 * each other directly, never this index, so there is no import circle.
 */
export * from "./registry";
export * from "./sign-in";
export * from "./audit";
export * from "./enrollment";
export * from "./payment";
export * from "./family";
export * from "./office";
