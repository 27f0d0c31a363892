import { z } from "zod";

const ZLoggerEnv = z.object({
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).optional(),
  NODE_ENV: z.string().optional(),
  VITEST: z.string().optional(),
});

const parsed = ZLoggerEnv.parse(process.env);
const underTest = parsed.NODE_ENV === "test" || parsed.VITEST !== undefined;

export const loggerEnv = {
  LOG_LEVEL: parsed.LOG_LEVEL ?? (underTest ? "silent" : "info"),
};
