import { createServer } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A local mail server for the e-mail tests (smtp-server): it accepts every message on a free
 * port, keeps what arrived (decoded by mailparser: recipient, subject, plain text, HTML), and can be stopped
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
        simpleParser(stream)
          .then((mail) => {
            received.push({
              to: session.envelope.rcptTo.map((r) => r.address),
              subject: mail.subject ?? "",
              text: mail.text ?? "",
              html: typeof mail.html === "string" ? mail.html : "",
            });
            callback();
          })
          .catch((error: Error) => callback(error));
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
