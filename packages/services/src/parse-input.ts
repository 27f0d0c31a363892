import type { z } from "zod";
import { AppError } from "./app-error.ts";

/** Validates user input; a failure becomes INVALID_INPUT with the schema's Dutch messages. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.infer<TSchema> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new AppError("INVALID_INPUT", result.error.issues.map((issue) => issue.message).join(" "));
}
