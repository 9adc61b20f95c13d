import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A news site on 127.0.0.1 for the URL-ingestion tests: article pages wrapped in the furniture of
 * a real site (menu, related headlines and reader comments that contain attributed statements of
 * their own, an ad, a footer), plus the hostile answers a fetcher must survive: redirects (to
 * anywhere), an endless page, a page larger than announced, a page that never answers, another
 * type of content.
 */
export const FURNITURE_STATEMENTS = [
  "Ông Trần Văn Menu khẳng định giá vàng sẽ tăng gấp đôi",
  "Bà Lê Thị Liên Quan cho biết thị trường sẽ sụp đổ",
  "Bạn đọc Nguyễn Bình Luận nói rằng bài viết sai hoàn toàn",
] as const;

export function newsPageHtml(opts: {
  title: string;
  paragraphs: string[];
  publishedAt?: string;
  siteName?: string;
  charsetMeta?: boolean;
}): string {
  const [menu, related, comment] = FURNITURE_STATEMENTS;
  return `<!doctype html>
<html lang="vi"><head>${opts.charsetMeta === false ? "" : '<meta charset="utf-8">'}
<title>${opts.title} - ${opts.siteName ?? "Báo Thử"}</title>
<meta property="og:site_name" content="${opts.siteName ?? "Báo Thử"}">
<meta property="og:title" content="${opts.title}">
${opts.publishedAt ? `<meta property="article:published_time" content="${opts.publishedAt}T07:30:00+07:00">` : ""}
<link rel="canonical" href="https://bao-thu.example/bai-viet-123.html">
<script>window.tracking = "Ông Script nói: “không được chạy”";</script>
</head><body>
<header class="site-header"><nav class="main-menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a>
<p>${menu}: “đây là menu”.</p></nav></header>
<div class="container"><main>
<article class="fck_detail">
<h1 class="title-detail">${opts.title}</h1>
${opts.paragraphs.map((p) => `<p class="Normal">${p}</p>`).join("\n")}
<div class="ads-inline banner"><p>Quảng cáo: mua ngay hôm nay, ưu đãi 50%.</p></div>
</article>
<div class="box-tinlienquan"><h3>Tin liên quan</h3><ul><li><a href="/x">${related}: “thị trường sẽ sụp đổ”</a></li></ul></div>
<section id="box_comment"><h3>Ý kiến bạn đọc</h3><div class="comment-item"><p>${comment}: “bài viết sai hoàn toàn”.</p></div></section>
</main><aside class="sidebar"><p>Đọc nhiều</p></aside></div>
<footer class="footer"><p>© Báo Thử. Giấy phép số 123.</p></footer>
</body></html>`;
}

export interface NewsSite {
  origin: string;
  url: (path: string) => string;
  /** Serves `html` (a string, sent as UTF-8 unless `bytes` is given) at `path`. */
  page: (path: string, html: string, options?: { contentType?: string; bytes?: Buffer }) => void;
  requests: string[];
  stop: () => Promise<void>;
}

export async function startNewsSite(): Promise<NewsSite> {
  const pages = new Map<string, { contentType: string; body: Buffer }>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    if (url.pathname === "/redirect") {
      res.writeHead(Number(url.searchParams.get("status") ?? 302), {
        Location: url.searchParams.get("to") ?? "/",
      });
      res.end();
      return;
    }
    if (url.pathname === "/loop") {
      res.writeHead(302, { Location: "/loop" }).end();
      return;
    }
    if (url.pathname === "/never") return; // no answer at all
    if (url.pathname === "/endless") {
      // No Content-Length: the limit must hold on what arrives.
      res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (res.write(chunk)) {}
        res.once("drain", pump);
      };
      res.on("close", () => res.removeAllListeners("drain"));
      pump();
      return;
    }
    if (url.pathname === "/announced-huge") {
      res.writeHead(200, { "Content-Type": "text/html", "Content-Length": String(50_000_000) });
      res.write("<html>");
      return;
    }
    const page = pages.get(url.pathname);
    if (!page) {
      res.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
      return;
    }
    res.writeHead(200, { "Content-Type": page.contentType, "Content-Length": String(page.body.length) });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    page: (path, html, options = {}) =>
      pages.set(path, {
        contentType: options.contentType ?? "text/html; charset=utf-8",
        body: options.bytes ?? Buffer.from(html, "utf8"),
      }),
    requests,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
