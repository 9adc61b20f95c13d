// Compiles the production server (scripts/serve.ts) into .next/serve.mjs at build time: production
// runs plain JavaScript, like the rest of the build, and Node 20 needs no TypeScript loader for it.
// The project's own modules it uses are bundled in; packages (next, ioredis) stay imports.
import { build } from "esbuild";

await build({
  entryPoints: ["scripts/serve.ts"],
  outfile: ".next/serve.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  logLevel: "warning",
});
