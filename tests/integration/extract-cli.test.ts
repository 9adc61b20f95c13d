import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { demoLexicon } from "@/lib/demo/lexicon";

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

  it("finds Ushakov's statement in the seed article; resolves it to a stored speaker only with --lexicon", () => {
    // The CLI uses no lexicon of its own (the speakers come from the text); --lexicon names one.
    const dir = mkdtempSync(path.join(os.tmpdir(), "claimledger-lexicon-"));
    const lexicon = path.join(dir, "lexicon.json");
    writeFileSync(lexicon, JSON.stringify(demoLexicon));
    type Out = {
      candidates: { speaker: { text: string; resolved: { name: string } | null }; quote: { text: string } }[];
    };
    const find = (out: Out) =>
      out.candidates.find((x) => x.quote.text.startsWith("hiện nay không có bất kỳ định dạng nào"));
    const plain = run(["--file", seed]);
    // The seed articles live outside the repository (SEED_ARTICLES_DIR); a missing one must fail.
    expect(plain.status, `npm run extract --file ${seed}: ${plain.stderr}`).toBe(0);
    expect(find(JSON.parse(plain.stdout) as Out)?.speaker.text).toContain("Ushakov");
    const linked = run(["--file", seed, "--lexicon", lexicon]);
    expect(linked.status, linked.stderr).toBe(0);
    expect(find(JSON.parse(linked.stdout) as Out)?.speaker.resolved?.name).toBe("Yuri Ushakov");
  });

  it("refuses bad arguments with a usage message", () => {
    const r = run(["--file", own, "--date", "20/12"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("Usage");
  });
});
