// Structured JSON logs (pino) for every server process. Quiet under tests unless
// LOG_LEVEL asks otherwise, so test output stays readable.
import { pino, type Logger } from "pino";
import { loggerEnv } from "./env.ts";

export type { Logger };

export const logger: Logger = pino({
  level: loggerEnv.LOG_LEVEL,
  base: { app: "trendweb" },
  redact: ["password", "*.password", "passwordHash", "*.passwordHash", "token", "*.token"],
});

export function childLogger(component: string): Logger {
  return logger.child({ component });
}
