import { readFileSync } from "node:fs";

/**
 * The production server exactly as `npm run serve` starts it (package.json is the one place
 * its memory settings live): environment assignments, then `node` with its flags. Benches
 * spawn it directly, not through npm, so the process they measure and signal is the server.
 */
export function serveCommand(
  extraNodeArgs: string[],
  serverArgs: string[],
): { command: string; args: string[]; env: Record<string, string> } {
  const script = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: Record<string, string> })
    .scripts.serve;
  if (!script) throw new Error("package.json has no serve script");
  const words = script.trim().split(/\s+/);
  const env: Record<string, string> = {};
  while (words[0] && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split("=");
    env[name!] = value.join("=");
  }
  if (words.shift() !== "node") throw new Error(`the serve script must run node: ${script}`);
  return { command: process.execPath, args: [...extraNodeArgs, ...words, ...serverArgs], env };
}
