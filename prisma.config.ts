import { defineConfig } from "prisma/config";

// Used by `prisma generate` only. Migrations are applied by scripts/db-migrate.ts through
// Prisma's WASM schema engine, because the CLI cannot download its native engine offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
