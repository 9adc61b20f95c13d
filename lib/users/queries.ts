import { prisma } from "../db";
import { assertRole, type Actor } from "../permissions";
import { foldText } from "../text/normalize";

/** People who can be @mentioned in a note: active staff, matched on name or e-mail. */
export const MENTION_LIMIT = 8;

/**
 * Every active account, filtered here rather than in SQL: a newsroom has tens of people, and
 * folding in JavaScript (foldText) makes "dung" find "Dũng" and "binh bien" find "Bình Biên Tập"
 * exactly as the rest of the app folds Vietnamese. Names starting with the words typed come first.
 */
export async function mentionableUsers(actor: Actor | null, q: string) {
  assertRole(actor, "annotation.create");
  const people = await prisma.user.findMany({
    where: { disabledAt: null },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true },
  });
  const wanted = foldText(q.normalize("NFC")).replace(/^@/, "").trim();
  const scored = people
    .map((p) => {
      const name = foldText(p.name);
      const email = p.email.toLowerCase();
      if (!wanted) return { p, score: 1 };
      if (name.startsWith(wanted) || email.startsWith(wanted)) return { p, score: 0 };
      if (
        name.includes(wanted) ||
        email.includes(wanted) ||
        name.split(" ").some((w) => w.startsWith(wanted))
      )
        return { p, score: 1 };
      return null;
    })
    .filter((x): x is { p: (typeof people)[number]; score: number } => x !== null);
  scored.sort((a, b) => a.score - b.score);
  return { data: scored.slice(0, MENTION_LIMIT).map((s) => s.p) };
}
