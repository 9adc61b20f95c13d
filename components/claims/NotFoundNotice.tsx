import Link from "next/link";

export type MissingThing = "claim" | "speaker" | "topic" | "page";

const SEARCH = { href: "/search", label: "Tìm kiếm phát ngôn" };

/** What was looked for, why it may be missing, and where to go instead: the reader asked for something specific. */
const notices: Record<
  MissingThing,
  { title: string; reason: string; links: { href: string; label: string }[] }
> = {
  claim: {
    title: "Không tìm thấy phát ngôn",
    reason:
      "Phát ngôn này không tồn tại hoặc chưa được công bố: chỉ những phát ngôn đã được ban biên tập thẩm định mới xuất hiện ở đây.",
    links: [{ href: "/claims", label: "Xem các phát ngôn đã công bố" }, SEARCH],
  },
  speaker: {
    title: "Không tìm thấy người phát ngôn",
    reason:
      "Không có người phát ngôn nào ở địa chỉ này có phát ngôn đã công bố, hoặc trang hay chủ đề này trong dòng thời gian của họ không tồn tại.",
    links: [{ href: "/speakers", label: "Danh sách người phát ngôn" }, SEARCH],
  },
  topic: {
    title: "Không tìm thấy chủ đề",
    reason: "Chủ đề này không tồn tại, hoặc trang này của chủ đề không có phát ngôn nào.",
    links: [{ href: "/topics", label: "Tất cả chủ đề" }, SEARCH],
  },
  page: {
    title: "Không tìm thấy trang",
    reason: "Địa chỉ này không dẫn tới trang nào của ClaimLedger. Có thể đường dẫn bị gõ sai hoặc đã cũ.",
    links: [
      { href: "/claims", label: "Phát ngôn đã công bố" },
      { href: "/topics", label: "Chủ đề" },
      { href: "/search", label: "Tìm kiếm" },
    ],
  },
};

/** A 404 inside the public layout (which provides <main> and the site header). */
export function NotFoundNotice({ what }: { what: MissingThing }) {
  const n = notices[what];
  return (
    <div className="mx-auto max-w-2xl py-10 text-center" data-testid="not-found" data-missing={what}>
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">{n.title}</h1>
      <p className="mt-4 text-muted">{n.reason}</p>
      <ul className="mt-8 flex flex-wrap justify-center gap-3">
        {n.links.map((l, i) => (
          <li key={l.href}>
            <Link
              href={l.href}
              className={
                i === 0
                  ? "inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
                  : "inline-block rounded-md border border-slate-300 px-4 py-2 font-medium hover:border-accent"
              }
            >
              {l.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
