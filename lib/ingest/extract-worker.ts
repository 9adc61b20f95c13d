/**
 * Worker-thread entry of the extractor (started by extract-runner.ts). Takes one job at a time:
 * { id, input, opts, progressMs }; answers { id, type: "done", candidates, paragraphs } or
 * { id, type: "error", message }, and while it works, at most every `progressMs`, { id, type:
 * "progress", done, total, candidates } with the candidates of the paragraphs done so far, so that
 * a run stopped at its time limit still gives what it found.
 */
import { parentPort } from "node:worker_threads";
import { Extractor } from "./extract";
import type { Candidate, ExtractOptions } from "./types";

export interface ExtractJobMessage {
  id: number;
  input: string;
  opts: ExtractOptions;
  progressMs: number;
}

export type ExtractWorkerMessage =
  | { id: number; type: "progress"; done: number; total: number; candidates: Candidate[] }
  | { id: number; type: "done"; total: number; candidates: Candidate[] }
  | { id: number; type: "error"; message: string };

const port = parentPort;
if (port) {
  port.on("message", (job: ExtractJobMessage) => {
    let lastPost = performance.now();
    let paragraphs = 0;
    try {
      const { candidates } = new Extractor(job.opts).extract(job.input, {
        afterParagraph(done, total, soFar) {
          paragraphs = total;
          const now = performance.now();
          if (done < total && now - lastPost >= job.progressMs) {
            lastPost = now;
            port.postMessage({
              id: job.id,
              type: "progress",
              done,
              total,
              candidates: soFar(),
            } satisfies ExtractWorkerMessage);
          }
        },
      });
      port.postMessage({
        id: job.id,
        type: "done",
        total: paragraphs,
        candidates,
      } satisfies ExtractWorkerMessage);
    } catch (error) {
      port.postMessage({
        id: job.id,
        type: "error",
        message: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      } satisfies ExtractWorkerMessage);
    }
  });
}
