// The Prisma CLI's commands that only need the WASM modules inside the prisma package
// (`generate`, `format`) first look for a native schema engine and try to download one, which is
// impossible offline. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file skips that download.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export function runPrisma(args, options = {}) {
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? fileURLToPath(import.meta.url),
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    CHECKPOINT_DISABLE: "1",
  };
  return spawnSync("npx", ["prisma", ...args], {
    stdio: options.quiet ? "pipe" : "inherit",
    env,
    encoding: "utf8",
  });
}
