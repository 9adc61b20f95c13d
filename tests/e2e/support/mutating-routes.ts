import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/**
 * Every mutating route handler in app/api, as "METHOD /api/route/[param]" (next-auth's own
 * sign-in endpoints excepted): the authorisation matrix and the fuzz suite must each cover all of
 * them, so a new endpoint fails both until it is added.
 */
export function mutatingRoutes(): string[] {
  const appDir = path.resolve("app");
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "route.ts") {
        const route = `/${path.relative(appDir, dir).split(path.sep).join("/")}`;
        if (route.startsWith("/api/auth/")) continue;
        const src = readFileSync(full, "utf8");
        for (const m of ["POST", "PUT", "PATCH", "DELETE"]) {
          if (new RegExp(`export (const|async function|function) ${m}\\b|as ${m}\\b`).test(src))
            found.push(`${m} ${route}`);
        }
      }
    }
  };
  walk(path.resolve(appDir, "api"));
  return found;
}
