import Link from "next/link";
import { HtmlDocument } from "@/components/ui/HtmlDocument";

// A dashboard page the signed-in person's role may not open (requirePageAction → forbidden()):
// answered 403. It sits at the root, so it is part of every page's tree, public ones included,
// which are static and shared: it must not read cookies (no next-intl here), so it says it in
// both of the dashboard's languages. Only the root layout (which passes through) wraps it: it
// brings its own document and landmark.
export default function Forbidden() {
  return (
    <HtmlDocument lang="vi">
      <main id="main" className="mx-auto max-w-2xl px-4 py-16 text-center">
        <p className="text-sm font-semibold uppercase tracking-wide text-accent">403</p>
        <h1 className="mt-2 text-3xl font-bold">
          <span lang="vi">Không được phép</span> · <span lang="en">Not allowed</span>
        </h1>
        <p className="mt-4 text-muted" lang="vi">
          Vai trò của bạn không được mở trang này. Hãy hỏi quản trị viên nếu bạn cần.
        </p>
        <p className="mt-2 text-muted" lang="en">
          Your role does not allow you to open this page. Ask an admin if you need it.
        </p>
        <Link
          href="/dashboard"
          className="mt-8 inline-block rounded-md bg-accent px-4 py-2 font-medium text-white hover:bg-accent-strong"
        >
          <span lang="vi">Quay lại bảng điều khiển</span> · <span lang="en">Back to the dashboard</span>
        </Link>
      </main>
    </HtmlDocument>
  );
}
