// Prisma CLI configuration. Only `prisma generate` runs on these machines: the CLI's
// migrate commands need a native engine that cannot be downloaded here, so migrations
// are applied by src/migrations (see ARCHITECTURE.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "../../prisma/schema.prisma",
  migrations: { path: "../../prisma/migrations" },
});
