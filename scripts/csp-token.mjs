// Runs after `next build`: gives the build its secret CSP token (see lib/security/csp.ts) and
// stamps it on the scripts of the pages prerendered at build time, which were rendered without
// a request and so without a nonce (scripts and script preloads). Only Next.js's own prerendered HTML is touched: it holds no
// user content, and React escapes text, so every `<script` in it is one Next.js emitted.
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const TOKEN_FILE = ".next/csp-nonce-token";

const token = randomBytes(18).toString("base64");
writeFileSync(TOKEN_FILE, `${token}\n`, { mode: 0o600 });

let pages = 0;
for (const entry of readdirSync(".next/server/app", { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
  const file = join(entry.parentPath, entry.name);
  const html = readFileSync(file, "utf8");
  const stamped = html
    .replace(/<script(?![^>]*\snonce=)(?=[\s>])/g, `<script nonce="${token}"`)
    // Script preloads are fetched under script-src too: Next.js gives them the nonce as well.
    .replace(/<link(?=[^>]*\sas="script")(?![^>]*\snonce=)(?=[\s>])/g, `<link nonce="${token}"`);
  if (stamped !== html) {
    writeFileSync(file, stamped);
    pages++;
  }
}
console.log(`csp-token: new build token, ${pages} prerendered page(s) stamped`);
