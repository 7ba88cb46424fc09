import { SMTPServer } from 'smtp-server';

/** One message as the server got it: the envelope's recipients and the raw message. */
export interface ReceivedMail {
  to: string[];
  raw: Buffer;
}

export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>`, for `createMailer` or `SMTP_URL`. */
  url: string;
  /** Every message accepted since the start or the last `clear()`, in order. */
  readonly messages: readonly ReceivedMail[];
  /** Addresses the server refuses at RCPT TO ("mailbox unavailable"), to test partial failures. */
  refuse: Set<string>;
  clear(): void;
  stop(): Promise<void>;
}

/**
 * A real SMTP server on loopback (smtp-server) that keeps what it gets, so mail tests go through
 * nodemailer and the network as in production, without leaving the machine. Port 0: parallel test
 * files never collide.
 */
export async function startTestSmtp(): Promise<TestSmtp> {
  const messages: ReceivedMail[] = [];
  const refuse = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (refuse.has(address.address)) return callback(new Error('mailbox unavailable'));
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        messages.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuse,
    clear: () => void messages.splice(0),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
