import "server-only";

export * from "./node.ts";
