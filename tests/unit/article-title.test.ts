import { describe, expect, it } from "vitest";
import { SUGGESTED_TITLE_MAX, suggestTitle } from "@/lib/articles/title";

describe("suggestTitle (the ingestion form's title suggestion)", () => {
  it("takes the headline: the first line that reads like one", () => {
    expect(
      suggestTitle("\n\n  Nga từ chối   đàm phán 3 bên  \n\nMoskva, ngày 21/12 — Ông Ushakov cho biết…"),
    ).toBe("Nga từ chối đàm phán 3 bên");
  });

  it("skips a short dateline or section name above the headline", () => {
    expect(suggestTitle("Thế giới\nNga từ chối đàm phán 3 bên\nNội dung")).toBe("Nga từ chối đàm phán 3 bên");
  });

  it("keeps a short only line, and gives nothing for empty text", () => {
    expect(suggestTitle("Giá vàng")).toBe("Giá vàng");
    expect(suggestTitle(" \n\t\n")).toBe("");
  });

  it("takes the first sentence of a text pasted as one paragraph", () => {
    const first = "Ngân hàng Nhà nước giảm lãi suất điều hành thêm 0,5 điểm phần trăm từ hôm nay.";
    expect(
      suggestTitle(`${first} ${"Thống đốc cho biết quyết định nhằm hỗ trợ tăng trưởng. ".repeat(6)}`),
    ).toBe(first);
  });

  it("cuts a long run-on line at a word, within the limit", () => {
    const title = suggestTitle("từ ".repeat(200));
    expect(title.length).toBeLessThanOrEqual(SUGGESTED_TITLE_MAX);
    expect(title).toMatch(/^(từ )+từ…$/);
  });
});
