import { createServer } from "node:net";
import { SMTPServer } from "smtp-server";

/**
 * A local mail server for the e-mail tests (smtp-server): it accepts every message on a free
 * port, keeps what arrived (decoded: recipient, subject, plain text, HTML), and can be stopped
 * and started again on the same port to play a mail server outage.
 */
export interface ReceivedMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

const decodeBytes = (bytes: Buffer) => new TextDecoder("utf-8").decode(bytes);

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\r?\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === "=" && /^[0-9A-F]{2}$/i.test(soft.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(c.charCodeAt(0) & 0xff);
  }
  return decodeBytes(Buffer.from(bytes));
}

/** RFC 2047 encoded words (=?UTF-8?B?…?= / =?UTF-8?Q?…?=) in a header. */
export function decodeHeader(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, data: string) =>
      enc.toLowerCase() === "b"
        ? decodeBytes(Buffer.from(data, "base64"))
        : decodeQuotedPrintable(data.replace(/_/g, " ")),
    );
}

function splitHeaders(raw: string): { headers: Map<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, at).replace(/\r?\n[ \t]+/g, " ");
  const body = raw.slice(at).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.split(/\r?\n/)) {
    const i = line.indexOf(":");
    if (i > 0) headers.set(line.slice(0, i).toLowerCase(), line.slice(i + 1).trim());
  }
  return { headers, body };
}

function decodePart(headers: Map<string, string>, body: string): string {
  const encoding = (headers.get("content-transfer-encoding") ?? "").toLowerCase();
  if (encoding === "base64") return decodeBytes(Buffer.from(body.replace(/\s+/g, ""), "base64"));
  if (encoding === "quoted-printable") return decodeQuotedPrintable(body);
  // 7bit/8bit: the message was read byte for byte (latin1); its text is UTF-8.
  return decodeBytes(Buffer.from(body, "latin1"));
}

export function parseMail(raw: string, to: string[]): ReceivedMail {
  const { headers, body } = splitHeaders(raw);
  const mail: ReceivedMail = { to, subject: decodeHeader(headers.get("subject") ?? ""), text: "", html: "" };
  const boundary = /boundary="?([^";]+)"?/i.exec(headers.get("content-type") ?? "")?.[1];
  const parts = boundary
    ? body
        .split(`--${boundary}`)
        .slice(1)
        .filter((p) => !p.startsWith("--"))
        .map((p) => splitHeaders(p.replace(/^\r?\n/, "")))
    : [{ headers, body }];
  for (const part of parts) {
    const type = (part.headers.get("content-type") ?? "text/plain").toLowerCase();
    const content = decodePart(part.headers, part.body);
    if (type.startsWith("text/html")) mail.html = content;
    else if (type.startsWith("text/plain")) mail.text = content;
  }
  return mail;
}

export async function startSmtp(port?: number) {
  const received: ReceivedMail[] = [];
  const chosen = port ?? (await freePort());
  let server: SMTPServer | null = null;
  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["STARTTLS", "AUTH"],
      logger: false,
      onData(stream, session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (c: Buffer) => chunks.push(c));
        stream.on("end", () => {
          received.push(
            parseMail(
              Buffer.concat(chunks).toString("latin1"),
              session.envelope.rcptTo.map((r) => r.address),
            ),
          );
          callback();
        });
      },
    });
    const s = server;
    await new Promise<void>((resolve, reject) => {
      s.once("error", reject);
      s.listen(chosen, "127.0.0.1", () => resolve());
    });
  };
  const stop = async () => {
    const s = server;
    server = null;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };
  await start();
  const running = () => server !== null;
  return { port: chosen, url: `smtp://127.0.0.1:${chosen}`, received, start, stop, running };
}
