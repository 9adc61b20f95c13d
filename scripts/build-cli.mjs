// Compiles one of the commands that walk the whole archive (npm run export, backup, restore; the
// bench's sitemap step) into plain JavaScript before it runs, as scripts/build-server.mjs does for
// the server: a TypeScript loader held ~40 MB of its own, and its peak RSS varied by as much again
// from run to run (the commands must stay under 300 MB at a million claims, issue 17). Bundling
// takes well under a second, so the command is rebuilt every time and never runs stale code.
// The output sits under node_modules so that the bundle's package imports resolve as the
// sources' do. Usage: node scripts/build-cli.mjs <export|backup|restore|sitemap-step>
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const ENTRIES = {
  export: "scripts/export.ts",
  backup: "scripts/backup.ts",
  restore: "scripts/restore.ts",
  "sitemap-step": "scripts/bench/sitemap-step.ts",
};

const name = process.argv[2];
if (!name || !(name in ENTRIES)) {
  console.error(`usage: node scripts/build-cli.mjs <${Object.keys(ENTRIES).join("|")}>`);
  process.exit(2);
}

const outfile = `node_modules/.cache/claimledger-cli/${name}.mjs`;
const result = await build({
  entryPoints: [ENTRIES[name]],
  outfile,
  write: false,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  // Next's subpath modules have no "exports" map: plain Node ESM needs the file's own name.
  alias: { "next/cache": "next/cache.js" },
  logLevel: "warning",
});
// Written aside and renamed: two commands started together (tests) never run a half-written file.
const [file] = result.outputFiles;
mkdirSync(path.dirname(outfile), { recursive: true });
const tmp = `${outfile}.${process.pid}.tmp`;
writeFileSync(tmp, file.contents);
renameSync(tmp, outfile);
