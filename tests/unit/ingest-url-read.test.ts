import { describe, expect, it } from "vitest";
import { decodePage } from "@/lib/ingest/url/decode";
import { dayOf, readArticle } from "@/lib/ingest/url/read-article";

/** Reading an article out of a news page (lib/ingest/url/): metadata, furniture, charsets. */
describe("readArticle", () => {
  const body = (inner: string, head = "") =>
    `<!doctype html><html lang="vi"><head><meta charset="utf-8">${head}</head><body>${inner}</body></html>`;
  const article = `<article><h1>Giá xăng giảm</h1>
    <p>Bộ Công Thương cho biết giá xăng giảm 500 đồng mỗi lít từ 15 giờ chiều nay.</p>
    <p>Theo liên bộ, giá dầu thế giới đã giảm liên tục trong hai tuần qua, kéo giá trong nước giảm theo.</p>
    <p>Ông Nguyễn Văn A, chuyên gia năng lượng, nhận định giá còn có thể giảm thêm trong tuần tới.</p></article>`;

  it("takes the date, headline, author and outlet from JSON-LD when the meta tags are missing", () => {
    const ld = JSON.stringify({
      "@context": "https://schema.org",
      "@graph": [
        { "@type": "WebSite", name: "Không phải bài" },
        {
          "@type": "NewsArticle",
          headline: "Giá xăng giảm 500 đồng",
          datePublished: "2025-12-19T15:05:00+07:00",
          author: [{ "@type": "Person", name: "Minh Anh" }],
          publisher: { "@type": "Organization", name: "Báo Thử" },
        },
      ],
    });
    const read = readArticle(
      body(article, `<script type="application/ld+json">${ld}</script>`),
      "https://bao.example/x",
    );
    expect(read.publishedAt).toBe("2025-12-19");
    expect(read.title).toBe("Giá xăng giảm 500 đồng");
    expect(read.byline).toBe("Minh Anh");
    expect(read.siteName).toBe("Báo Thử");
    expect(read.text.split("\n\n")).toHaveLength(3);
    expect(read.text.startsWith("Bộ Công Thương cho biết")).toBe(true);
  });

  it("falls back to the h1 for the title, ignores a broken JSON-LD block and an impossible date", () => {
    const read = readArticle(
      body(
        article,
        `<script type="application/ld+json">{broken</script><meta property="article:published_time" content="2025-13-45">`,
      ),
      "https://bao.example/x",
    );
    expect(read.title).toBe("Giá xăng giảm");
    expect(read.publishedAt).toBeNull();
    // The headline is not repeated as the first paragraph.
    expect(read.text).not.toMatch(/^Giá xăng giảm\n/);
  });

  it("drops related boxes, comments, share bars and menus around the article", () => {
    const read = readArticle(
      body(`<div class="menu-top"><p>Ông Menu nói: “mua vàng”.</p></div>${article}
        <div class="social-share"><p>Chia sẻ: Facebook, Zalo</p></div>
        <div class="related-news"><p>Ông Liên Quan khẳng định: “thị trường sụp đổ”.</p></div>
        <div id="comment-list"><p>Bạn đọc B nói: “sai rồi”.</p></div>`),
      "https://bao.example/x",
    );
    expect(read.text).toContain("chuyên gia năng lượng");
    for (const furniture of ["Ông Menu", "Chia sẻ", "Ông Liên Quan", "Bạn đọc B"])
      expect(read.text).not.toContain(furniture);
  });

  it("reads days written as ISO or d/m/y", () => {
    expect(dayOf("2025-12-20T08:00:00+07:00")).toBe("2025-12-20");
    expect(dayOf("Thứ bảy, 6/12/2025, 10:30 (GMT+7)")).toBe("2025-12-06");
    expect(dayOf("hôm qua")).toBeNull();
  });
});

describe("decodePage", () => {
  const utf8 = Buffer.from("<p>Thủ tướng phát biểu</p>", "utf8");

  it("follows the Content-Type header, then <meta charset>, then tries UTF-8", () => {
    expect(decodePage(utf8, "text/html; charset=UTF-8")).toEqual({
      html: "<p>Thủ tướng phát biểu</p>",
      charset: "utf-8",
    });
    const latin = Buffer.from('<meta charset="iso-8859-1"><p>caf\xe9</p>', "latin1");
    expect(decodePage(latin, "text/html").html).toContain("café");
    expect(decodePage(utf8, "text/html").charset).toBe("utf-8");
  });

  it("falls back to windows-1258 for bytes that are not UTF-8, and ignores an unknown label", () => {
    // 0xD0 is Đ in windows-1258 and not valid UTF-8 on its own.
    expect(decodePage(Uint8Array.of(0xd0, 0x61), null)).toEqual({ html: "Đa", charset: "windows-1258" });
    expect(decodePage(utf8, "text/html; charset=x-klingon").charset).toBe("utf-8");
  });

  it("honours a byte-order mark over the header", () => {
    const bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]);
    expect(decodePage(bom, "text/html; charset=iso-8859-1").charset).toBe("utf-8");
  });
});
