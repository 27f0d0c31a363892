// Start-up configuration checks. A bad or missing setting must stop a process with
// one line that names the setting and says what to do, never a stack trace.
import { type z } from "zod";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses `source` (normally process.env) with `schema`, or throws one ConfigError
 * whose message lists each bad setting with the schema's own Dutch explanation. */
export function parseEnv<TSchema extends z.ZodType>(
  schema: TSchema,
  source: Record<string, string | undefined>,
): z.infer<TSchema> {
  // Empty strings count as "not set": a blank line in an .env file should mean the default.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = schema.safeParse(cleaned);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const setting = issue.path.join(".") || "configuratie";
    return `${setting}: ${issue.message}`;
  });
  throw new ConfigError(`Ongeldige configuratie. ${problems.join("; ")}`);
}
