import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '@app/database';

export interface ReceivedMail {
  /** Envelope recipients (RCPT TO). */
  to: string[];
  subject: string;
  text: string;
  html: string;
  messageId: string;
  parsed: ParsedMail;
}

export interface TestSmtp {
  port: number;
  /** For SMTP_URL. */
  url: string;
  /** Every message received so far, in order. */
  messages: ReceivedMail[];
  /** Resolves with the first message (received or to come) matching `predicate`. */
  waitFor(predicate: (mail: ReceivedMail) => boolean, timeoutMs?: number): Promise<ReceivedMail>;
  /** The first message to `address` (case-insensitive) whose subject matches. */
  waitForMail(address: string, subject?: RegExp, timeoutMs?: number): Promise<ReceivedMail>;
  /** Stops listening and drops connections (senders get "connection refused"). */
  stop(): Promise<void>;
  /** Listens again on the same port. */
  start(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
}

/** A real SMTP server on 127.0.0.1 (smtp-server + mailparser) that keeps what it receives. */
export async function startSmtpServer(port?: number): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const chosenPort = port ?? (await freePort());
  let server: SMTPServer | undefined;

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onData(stream, session, callback) {
        simpleParser(stream).then(
          (parsed) => {
            messages.push({
              to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              html: typeof parsed.html === 'string' ? parsed.html : '',
              messageId: parsed.messageId ?? '',
              parsed,
            });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });

  const start = async () => {
    if (server) return;
    const s = create();
    await new Promise<void>((resolve, reject) => {
      s.server.once('error', reject);
      s.listen(chosenPort, '127.0.0.1', () => resolve());
    });
    server = s;
  };
  const stop = async () => {
    const s = server;
    server = undefined;
    if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
  };

  const waitFor = async (predicate: (mail: ReceivedMail) => boolean, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = messages.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) {
        throw new Error(
          `no matching mail within ${timeoutMs} ms; received: ${JSON.stringify(messages.map((m) => [m.to, m.subject]))}`,
        );
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  };

  await start();
  return {
    port: chosenPort,
    url: `smtp://127.0.0.1:${chosenPort}`,
    messages,
    waitFor,
    waitForMail: (address, subject, timeoutMs) =>
      waitFor(
        (m) => m.to.includes(address.toLowerCase()) && (!subject || subject.test(m.subject)),
        timeoutMs,
      ),
    stop,
    start,
    close: stop,
  };
}

/** The `token` query parameter of the first link to `path` in a mail's text. */
export function linkToken(mail: ReceivedMail, path: string): string {
  const match = new RegExp(`https?://\\S+/${path}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
  if (!match) throw new Error(`no ${path} link in mail "${mail.subject}"`);
  return decodeURIComponent(match[1]);
}
