// docker-compose cannot run on these machines (no Docker engine), so this test reads it
// the way Compose would and checks what a deployment relies on.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

interface ComposeService {
  image?: string;
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
  ports?: string[];
  restart?: string;
}

const compose = parse(readFileSync(`${ROOT}docker-compose.yml`, "utf8")) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const { services } = compose;

describe("docker-compose.yml", () => {
  it("has the platform's services", () => {
    expect(Object.keys(services).sort()).toEqual(["collab", "mailpit", "migrate", "postgres", "redis", "web"]);
  });

  it("runs PostgreSQL 18 and Redis from official images, each with a health check", () => {
    expect(services.postgres?.image).toMatch(/^postgres:18/);
    expect(services.redis?.image).toMatch(/^redis:\d/);
    expect(services.postgres?.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(services.redis?.healthcheck?.test.join(" ")).toContain("ping");
    expect(compose.volumes).toHaveProperty("postgres-data");
  });

  it("builds the app services from Dockerfiles that exist", () => {
    for (const name of ["migrate", "web", "collab"]) {
      const build = services[name]?.build;
      expect(build?.context, name).toBe(".");
      expect(existsSync(`${ROOT}${build?.dockerfile}`), `${name}: ${build?.dockerfile}`).toBe(true);
    }
  });

  it("points every app service at the compose database and starts them after the migration job", () => {
    for (const name of ["migrate", "web", "collab"]) {
      expect(services[name]?.environment?.DATABASE_URL, name).toMatch(/^postgresql:\/\/trendweb:\$\{POSTGRES_PASSWORD\}@postgres:5432\/trendweb$/);
      expect(services[name]?.depends_on?.postgres?.condition, name).toBe("service_healthy");
    }
    expect(services.web?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    expect(services.collab?.depends_on?.migrate?.condition).toBe("service_completed_successfully");
    expect(services.collab?.depends_on?.redis?.condition).toBe("service_healthy");
    expect(services.collab?.environment?.REDIS_URL).toBe("redis://redis:6379");
  });

  it("sends the web app's mail to the mail catcher unless SMTP_URL says otherwise", () => {
    expect(services.mailpit?.image).toMatch(/^axllent\/mailpit:/);
    expect(services.web?.environment?.SMTP_URL).toBe("${SMTP_URL:-smtp://mailpit:1025}");
  });

  it("checks the web app and collab server through their health endpoints", () => {
    expect(services.web?.healthcheck?.test.join(" ")).toContain("/api/health");
    expect(services.collab?.healthcheck?.test.join(" ")).toContain("/health");
    expect(services.web?.ports).toContain("3000:3000");
  });

  it("takes secrets from the environment instead of the file", () => {
    expect(services.postgres?.environment?.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/);
    expect(services.web?.environment?.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?/);
    const secrets = Object.values(services).flatMap((service) =>
      Object.entries(service.environment ?? {}).filter(([key]) => /PASSWORD|SECRET/.test(key)),
    );
    expect(secrets.length).toBeGreaterThan(2);
    for (const [key, value] of secrets) expect(value, key).toMatch(/^\$\{[A-Z_]+(:\?[^}]*)?\}$/);
  });
});
