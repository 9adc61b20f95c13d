// Renders deploy/varnish/claimledger.vcl for a given set of app servers and purging addresses:
// the blocks between `# @NAME@` and `# @END NAME@` are replaced, the rest is the project's VCL.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const VCL_TEMPLATE = fileURLToPath(new URL("../../deploy/varnish/claimledger.vcl", import.meta.url));

/**
 * Varnish parameters the VCL needs: public pages carry one CSP hash per inline script (long
 * headers), and the app compresses its own responses, so Varnish stores them as they come instead
 * of gunzipping a stored copy for every reader that did not ask for gzip (half the throughput).
 */
export const VARNISH_PARAMS = [
  "http_resp_hdr_len=65536",
  "http_resp_size=262144",
  "workspace_backend=512k",
  "workspace_client=256k",
  "http_gzip_support=off",
];

function replaceBlock(vcl, name, lines) {
  const re = new RegExp(`# @${name}@\\n[\\s\\S]*?# @END ${name}@\\n`);
  if (!re.test(vcl)) throw new Error(`VCL template has no @${name}@ block`);
  return vcl.replace(re, `# @${name}@\n${lines.map((l) => `${l}\n`).join("")}# @END ${name}@\n`);
}

const quoted = (s) => {
  if (!/^[A-Za-z0-9.:/_-]+$/.test(s)) throw new Error(`not a valid address for VCL: ${s}`);
  return `"${s}"`;
};

/**
 * @param {{ backends: { host: string; port: number }[]; purgers?: string[] }} options
 * purgers: extra addresses or networks ("10.0.0.0/8") allowed to PURGE; loopback always is.
 */
export function renderVcl({ backends, purgers = [] }) {
  if (backends.length === 0) throw new Error("at least one app server is needed");
  let vcl = readFileSync(VCL_TEMPLATE, "utf8");
  vcl = replaceBlock(
    vcl,
    "BACKENDS",
    backends.map(
      (b, i) =>
        `backend app${i + 1} { .host = ${quoted(b.host)}; .port = "${Number(b.port)}"; .probe = app_health; .connect_timeout = 1s; .first_byte_timeout = 30s; }`,
    ),
  );
  vcl = replaceBlock(
    vcl,
    "DIRECTOR",
    backends.map((_, i) => `  app.add_backend(app${i + 1});`),
  );
  vcl = replaceBlock(
    vcl,
    "PURGERS",
    purgers.map((p) => {
      const [addr, bits] = p.split("/");
      return bits ? `  ${quoted(addr)}/${Number(bits)};` : `  ${quoted(addr)};`;
    }),
  );
  return vcl;
}
