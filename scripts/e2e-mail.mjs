// The mail server of the Playwright run: the e2e app servers send their notification e-mails
// here (SMTP_URL in playwright.config.ts), and tests read what arrived over HTTP, decoded:
//   GET /messages            every message so far, oldest first: { to, subject, text, html, at }
//   GET /healthz             ready
// Usage: node scripts/e2e-mail.mjs <smtp port> <http port>. Accepts everything, keeps it in memory.
import { createServer } from "node:http";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!smtpPort || !httpPort) {
  console.error("usage: node scripts/e2e-mail.mjs <smtp port> <http port>");
  process.exit(2);
}

const messages = [];
const smtp = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, _session, callback) {
    simpleParser(stream)
      .then((mail) => {
        const to = [mail.to]
          .flat()
          .flatMap((a) => a?.value ?? [])
          .map((v) => v.address ?? "");
        messages.push({
          to,
          subject: mail.subject ?? "",
          text: mail.text ?? "",
          html: typeof mail.html === "string" ? mail.html : "",
          at: new Date().toISOString(),
        });
        callback();
      })
      .catch(callback);
  },
});
smtp.listen(smtpPort, "127.0.0.1");

createServer((req, res) => {
  if (req.url === "/healthz") return res.end("ok\n");
  if (req.url === "/messages") {
    res.setHeader("content-type", "application/json; charset=utf-8");
    return res.end(JSON.stringify(messages));
  }
  res.statusCode = 404;
  res.end();
}).listen(httpPort, "127.0.0.1", () =>
  console.log(`e2e mail: SMTP ${smtpPort}, messages on http ${httpPort}`),
);

for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
