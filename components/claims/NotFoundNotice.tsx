import Link from "next/link";
import { localePath, publicTranslator } from "@/i18n/public";
import type vi from "@/messages/vi.json";
import { env } from "@/lib/env";

export type MissingThing = "claim" | "speaker" | "topic" | "page";

type LinkLabel = keyof (typeof vi)["public"]["notFound"]["links"];
type NoticeLink = { href: string; label: LinkLabel };

const SEARCH: NoticeLink = { href: "/search", label: "searchClaims" };

/**
 * What was looked for, why it may be missing (public.notFound in messages/*.json), and where to
 * go instead: the reader asked for something specific.
 */
const links: Record<MissingThing, NoticeLink[]> = {
  claim: [{ href: "/claims", label: "allPublished" }, SEARCH],
  speaker: [{ href: "/speakers", label: "speakers" }, SEARCH],
  topic: [{ href: "/topics", label: "allTopics" }, SEARCH],
  page: [
    { href: "/claims", label: "published" },
    { href: "/topics", label: "topics" },
    { href: "/search", label: "search" },
  ],
};

/** A 404 inside the public layout (which provides <main> and the site header). */
export function NotFoundNotice({ what }: { what: MissingThing }) {
  const t = publicTranslator("public.notFound");
  return (
    <div className="mx-auto max-w-2xl py-10 text-center" data-testid="not-found" data-missing={what}>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">{t(`${what}.title`)}</h1>
      <p className="mt-4 text-muted">{t(`${what}.reason`, { site: env.SITE_NAME })}</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        {links[what].map((l, i) => (
          <li key={l.href}>
            <Link
              href={localePath(l.href)}
              className={
                i === 0
                  ? "inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
                  : "inline-block rounded-md border border-slate-300 px-4 py-2 font-medium hover:border-accent"
              }
            >
              {t(`links.${l.label}`)}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
