/**
 * The e-mail and SMS ports and their adapters: SMTP through nodemailer (`RUQSAT_SMTP_URL`), an
 * HTTP SMS gateway (`RUQSAT_SMS_GATEWAY_URL`: one JSON POST per message), and simulators that
 * record what they were given (the default when nothing is configured, and in tests).
 */
import nodemailer, { type Transporter } from 'nodemailer';

export interface EmailMessage {
  to: string;
  subject: string;
  text: string;
  /** The text's language, sent as Content-Language. */
  lang: 'kk' | 'ru' | 'en';
  /** Files sent with it (a failure report's screenshots). */
  attachments?: EmailAttachment[];
}

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface SmsMessage {
  to: string;
  text: string;
}

export interface Sent {
  messageId: string;
}

/** Sends one e-mail or throws. */
export interface EmailPort {
  send(message: EmailMessage): Promise<Sent>;
  close?(): void;
}

/** Sends one SMS or throws. */
export interface SmsPort {
  send(message: SmsMessage): Promise<Sent>;
}

/** E-mail over SMTP; the URL as nodemailer takes it: `smtp://user:pass@host:587`, `smtps://…`. */
export class SmtpEmail implements EmailPort {
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(url: string, options: { from?: string; timeoutMs?: number } = {}) {
    const timeout = options.timeoutMs ?? 10_000;
    const parsed = new URL(url);
    this.transport = nodemailer.createTransport({
      host: parsed.hostname,
      port: parsed.port === '' ? undefined : Number(parsed.port),
      secure: parsed.protocol === 'smtps:',
      ...(parsed.username === ''
        ? {}
        : {
            auth: {
              user: decodeURIComponent(parsed.username),
              pass: decodeURIComponent(parsed.password),
            },
          }),
      // A local relay or a test catcher offers STARTTLS with a self-signed certificate or none.
      ignoreTLS: parsed.searchParams.get('ignoreTLS') === 'true',
      tls: { rejectUnauthorized: parsed.searchParams.get('rejectUnauthorized') !== 'false' },
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    this.from = options.from ?? parsed.searchParams.get('from') ?? 'Ruqsat <no-reply@ruqsat.kz>';
  }

  async send(message: EmailMessage): Promise<Sent> {
    const info = await this.transport.sendMail({
      from: this.from,
      to: message.to,
      subject: message.subject,
      text: message.text,
      headers: { 'Content-Language': message.lang },
      ...(message.attachments === undefined
        ? {}
        : {
            attachments: message.attachments.map((a) => ({
              filename: a.filename,
              contentType: a.contentType,
              content: Buffer.from(a.content),
            })),
          }),
    });
    return { messageId: String(info.messageId) };
  }

  close(): void {
    this.transport.close();
  }
}

/** Records every e-mail; `failNext` makes the next sends throw. */
export class EmailSimulator implements EmailPort {
  readonly sent: (EmailMessage & Sent)[] = [];
  private failures = 0;

  failNext(times: number): void {
    this.failures = Math.max(0, Math.floor(times));
  }

  async send(message: EmailMessage): Promise<Sent> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('e-mail simulator: channel down (simulated)');
    }
    const messageId = `SIM-EMAIL-${String(this.sent.length + 1).padStart(6, '0')}`;
    this.sent.push({ ...message, messageId });
    return { messageId };
  }
}

/** Records every SMS; `failNext` makes the next sends throw. */
export class SmsSimulator implements SmsPort {
  readonly sent: (SmsMessage & Sent)[] = [];
  private failures = 0;

  failNext(times: number): void {
    this.failures = Math.max(0, Math.floor(times));
  }

  async send(message: SmsMessage): Promise<Sent> {
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('SMS simulator: gateway down (simulated)');
    }
    const messageId = `SIM-SMS-${String(this.sent.length + 1).padStart(6, '0')}`;
    this.sent.push({ ...message, messageId });
    return { messageId };
  }
}

/**
 * An SMS gateway over HTTP: POST `{ to, text }` as JSON to the URL; a 2xx answer is delivery
 * (its JSON `id`, if any, is the message id), anything else a failure to retry.
 */
export class HttpSmsGateway implements SmsPort {
  constructor(
    private readonly url: string,
    private readonly timeoutMs = 10_000,
  ) {}

  async send(message: SmsMessage): Promise<Sent> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ to: message.to, text: message.text }),
      signal: AbortSignal.timeout(this.timeoutMs),
    });
    if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    const body = (await response.json().catch(() => ({}))) as { id?: unknown };
    return { messageId: typeof body.id === 'string' ? body.id : `sms-${Date.now()}` };
  }
}
