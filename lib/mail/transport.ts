import nodemailer, { type Transporter } from "nodemailer";
import { envVariableFrom } from "../env";

/**
 * Sending e-mail through the newsroom's mail server (SMTP_URL) with nodemailer. The settings are
 * read when mail is sent rather than once at start-up, through the same validation as lib/env.ts,
 * so that the integration tests can point the app at the local SMTP server they start on a free
 * port. Callers never send directly: notification e-mails go through the outbox
 * (lib/notifications/email.ts), which retries until the server has accepted the message.
 */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export function mailConfigured(): boolean {
  return envVariableFrom("SMTP_URL", process.env) !== undefined;
}

const transports = new Map<string, Transporter>();

function transportFor(url: string): Transporter {
  let transport = transports.get(url);
  if (!transport) {
    // Short timeouts: a mail server that does not answer fails the attempt, and the outbox tries
    // again later, rather than holding the worker for minutes.
    transport = nodemailer.createTransport(url, {
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
    transports.set(url, transport);
  }
  return transport;
}

/** Hands the message to the mail server; throws when it is not configured or does not accept it. */
export async function sendMail(message: MailMessage): Promise<void> {
  const url = envVariableFrom("SMTP_URL", process.env);
  if (!url) throw new Error("SMTP_URL is not set: the e-mail waits in the outbox until it is.");
  const from = envVariableFrom("MAIL_FROM", process.env);
  await transportFor(url).sendMail({ from, ...message });
}
