// `prisma generate`, offline (see prisma-offline.mjs); run by `npm install` (postinstall).
import { runPrisma } from "./prisma-offline.mjs";

process.exit(runPrisma(["generate"]).status ?? 1);
