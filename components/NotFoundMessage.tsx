import Link from "next/link";

/** The 404 content; the caller decides whether it sits in its own <main> or a layout's. */
export function NotFoundMessage() {
  return (
    <div className="mx-auto max-w-2xl px-4 py-16 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-accent">404</p>
      <h1 className="mt-2 text-3xl font-bold">Không tìm thấy trang</h1>
      <p className="mt-4 text-muted">Phát ngôn này không tồn tại hoặc chưa được công bố.</p>
      <Link
        href="/claims"
        className="mt-8 inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
      >
        Xem các phát ngôn đã kiểm chứng
      </Link>
    </div>
  );
}
