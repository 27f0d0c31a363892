import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ConfigError, parseEnv } from "./parse-env.ts";

const ZExample = z.object({
  PORT: z.coerce.number().int().min(1, "moet een poortnummer zijn, bijvoorbeeld 3000").default(3000),
  DATABASE_URL: z.url("moet een PostgreSQL-URL zijn, bijvoorbeeld postgresql://user:pass@localhost:5432/trendweb"),
});

describe("parseEnv", () => {
  it("returns typed values with defaults applied", () => {
    expect(parseEnv(ZExample, { DATABASE_URL: "postgresql://localhost/x" })).toEqual({
      PORT: 3000,
      DATABASE_URL: "postgresql://localhost/x",
    });
  });

  it("treats an empty value as not set", () => {
    expect(parseEnv(ZExample, { DATABASE_URL: "postgresql://localhost/x", PORT: "" }).PORT).toBe(3000);
  });

  it("names every bad setting in one line with the advice from the schema", () => {
    const attempt = () => parseEnv(ZExample, { PORT: "0", DATABASE_URL: "geen-url" });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).not.toContain("\n");
      expect(message).toContain("PORT: moet een poortnummer zijn");
      expect(message).toContain("DATABASE_URL: moet een PostgreSQL-URL zijn");
    }
  });
});
