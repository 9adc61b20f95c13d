import { createServer, request, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptsGzip, compressResponse } from "@/lib/http/compress-response";

type Handler = (req: IncomingMessage, res: ServerResponse) => void;
const handlers = new Map<string, Handler>();
const finished: string[] = [];
let port = 0;
const server = createServer((req, res) => {
  compressResponse(req, res);
  res.once("finish", () => finished.push(req.url ?? ""));
  handlers.get(req.url ?? "")?.(req, res);
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

interface Answer {
  status: number;
  headers: IncomingMessage["headers"];
  raw: Buffer;
  text: string;
  /** Milliseconds from the request to each piece of the body arriving. */
  arrivals: number[];
}

function get(
  path: string,
  handler: Handler,
  headers: Record<string, string> = { "accept-encoding": "gzip" },
  method = "GET",
) {
  handlers.set(path, handler);
  return new Promise<Answer>((resolve, reject) => {
    const started = Date.now();
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      const arrivals: number[] = [];
      res.on("data", (c: Buffer) => {
        chunks.push(c);
        arrivals.push(Date.now() - started);
      });
      res.on("end", () => {
        const raw = Buffer.concat(chunks);
        const gz = res.headers["content-encoding"] === "gzip";
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          raw,
          text: (gz ? gunzipSync(raw) : raw).toString("utf8"),
          arrivals,
        });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

const page = `<!doctype html><p>${"Đàm phán ba bên — ".repeat(200)}</p>`;

describe("gzip of the production server (lib/http/compress-response.ts)", () => {
  it("reads Accept-Encoding as HTTP says, q=0 included", () => {
    expect(acceptsGzip("gzip, deflate, br")).toBe(true);
    expect(acceptsGzip("br;q=1, gzip;q=0.5")).toBe(true);
    expect(acceptsGzip("gzip;q=0")).toBe(false);
    expect(acceptsGzip("*")).toBe(true);
    expect(acceptsGzip("identity")).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it("compresses a page written in one end(), with the right headers, and ends the response", async () => {
    const a = await get("/one", (_req, res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.setHeader("etag", '"abc"');
      res.end(page);
    });
    expect(a.headers["content-encoding"]).toBe("gzip");
    expect(a.headers["content-length"]).toBeUndefined();
    expect(a.headers.vary).toMatch(/Accept-Encoding/);
    expect(a.headers.etag).toBe('W/"abc"');
    expect(a.text).toBe(page);
    expect(a.raw.length).toBeLessThan(Buffer.byteLength(page) / 5);
    expect(finished).toContain("/one");
  });

  it("compresses a streamed body written in pieces, with headers given to writeHead", async () => {
    const a = await get("/pieces", (_req, res) => {
      res.writeHead(200, { "content-type": "text/x-component" });
      for (let i = 0; i < 50; i++) res.write(`piece ${i} ${"x".repeat(100)}\n`);
      res.end(Buffer.from("done"));
    });
    expect(a.headers["content-encoding"]).toBe("gzip");
    expect(a.text.split("\n")).toHaveLength(51);
    expect(a.text.endsWith("done")).toBe(true);
  });

  it("sends what was written so far when the page flushes (streamed rendering is not held back)", async () => {
    const a = await get("/flush", (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.write(page);
      (res as ServerResponse & { flush: () => void }).flush();
      setTimeout(() => res.end("<p>later</p>"), 400);
    });
    expect(a.text).toBe(`${page}<p>later</p>`);
    // The first piece arrived well before the end.
    expect(a.arrivals[0]).toBeLessThan((a.arrivals.at(-1) ?? 0) - 200);
  });

  it("calls write and end callbacks, and never makes a writer wait for a drain", async () => {
    const calls: string[] = [];
    const a = await get("/callbacks", (_req, res) => {
      res.setHeader("content-type", "application/json");
      const big = JSON.stringify({ data: "y".repeat(5_000_000) });
      expect(res.write(big, () => calls.push("write"))).toBe(true);
      res.end(() => calls.push("end"));
    });
    expect(JSON.parse(a.text).data).toHaveLength(5_000_000);
    expect(calls).toEqual(["write", "end"]);
  });

  it("leaves alone: small bodies, event streams, no-transform, images, HEAD, 304, and clients without gzip", async () => {
    const html =
      (body: string, extra: Record<string, string> = {}) =>
      (_req: IncomingMessage, res: ServerResponse) => {
        res.writeHead(200, { "content-type": "text/html", ...extra });
        res.end(body);
      };
    // The length is known when the whole body comes in one end() (how Next.js answers small bodies).
    const small = await get("/small", (_req, res) => {
      res.setHeader("content-type", "text/html");
      res.end("<p>hi</p>");
    });
    expect(small.headers["content-encoding"]).toBeUndefined();
    expect(small.text).toBe("<p>hi</p>");
    const sse = await get("/sse", (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${"z".repeat(3000)}\n\n`);
      res.end();
    });
    expect(sse.headers["content-encoding"]).toBeUndefined();
    expect(sse.text.startsWith("data: zzz")).toBe(true);
    expect(
      (await get("/nt", html(page, { "cache-control": "no-transform" }))).headers["content-encoding"],
    ).toBeUndefined();
    const png = await get("/png", (_req, res) => {
      res.writeHead(200, { "content-type": "image/png" });
      res.end(Buffer.alloc(4000));
    });
    expect(png.headers["content-encoding"]).toBeUndefined();
    expect(png.raw.length).toBe(4000);
    const head = await get("/head", html(page), { "accept-encoding": "gzip" }, "HEAD");
    expect(head.headers["content-encoding"]).toBeUndefined();
    const notModified = await get("/304", (_req, res) => {
      res.writeHead(304, { "content-type": "text/html" });
      res.end();
    });
    expect(notModified.headers["content-encoding"]).toBeUndefined();
    const plain = await get("/plain", html(page), {});
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.text).toBe(page);
  });
});
