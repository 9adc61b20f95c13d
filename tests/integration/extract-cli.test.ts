import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const run = (args: string[]) =>
  spawnSync("npm", ["run", "-s", "extract", "--", ...args], { encoding: "utf8" });
const seed = path.resolve(process.env.SEED_ARTICLES_DIR ?? "../shared/seeds", "000_38e8711d88869303.txt");
const own = path.resolve("tests/fixtures/extract-texts/extra-01-flood.txt");

describe("npm run extract", () => {
  it("prints candidates as JSON with speaker, quote, kind, cue, said-at, venue, chain, offsets and confidence", () => {
    const r = run(["--file", own, "--outlet", "Tuổi Trẻ"]);
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { count: number; candidates: Record<string, unknown>[] };
    expect(out.count).toBeGreaterThan(5);
    for (const c of out.candidates) {
      expect(Object.keys(c)).toEqual(
        expect.arrayContaining(["speaker", "cue", "quote", "kind", "saidAt", "venue", "chain", "confidence"]),
      );
      expect((c.chain as { label: string }[])[0]!.label).toBe("Tuổi Trẻ");
    }
  });

  it("gives the same result for the text in NFD", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-extract-"));
    const nfd = path.join(dir, "nfd.txt");
    writeFileSync(nfd, readFileSync(own, "utf8").normalize("NFD"));
    const a = JSON.parse(run(["--file", own, "--date", "2025-11-19"]).stdout) as { candidates: unknown[] };
    const b = JSON.parse(run(["--file", nfd, "--date", "2025-11-19"]).stdout) as { candidates: unknown[] };
    expect(b.candidates).toEqual(a.candidates);
  });

  it("finds Ushakov's statement in the seed article, resolved through the lexicon", () => {
    const r = run(["--file", seed]);
    // The seed articles live outside the repository (SEED_ARTICLES_DIR); a missing one must fail.
    expect(r.status, `npm run extract --file ${seed}: ${r.stderr}`).toBe(0);
    const out = JSON.parse(r.stdout) as {
      candidates: { speaker: { resolved: { name: string } | null }; quote: { text: string } }[];
    };
    const c = out.candidates.find((x) => x.quote.text.startsWith("hiện nay không có bất kỳ định dạng nào"));
    expect(c?.speaker.resolved?.name).toBe("Yuri Ushakov");
  });

  it("refuses bad arguments with a usage message", () => {
    const r = run(["--file", own, "--date", "20/12"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage");
  });
});
