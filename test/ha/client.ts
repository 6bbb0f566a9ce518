/**
 * A user of the API over HTTP, as a browser would be: its own cookies (the session, and the
 * load balancer's node cookie), the CSRF header, and a retry of every write with the same
 * `Idempotency-Key` when the answer is lost or is a 502/503 (a node or the database going
 * away mid-request). Only a 2xx answer counts as acknowledged.
 */
import { randomUUID } from 'node:crypto';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what}: ${status} ${body.slice(0, 300)}`);
  }

  get code(): string | undefined {
    try {
      return (JSON.parse(this.body) as { code?: string }).code;
    } catch {
      return undefined;
    }
  }
}

/** Answers worth trying again: the node or the database was away, nothing was acknowledged. */
const transient = new Set([502, 503, 504]);

export interface ClientOptions {
  /** Give up retrying after this long. */
  retryForMs: number;
  /** Called for each retry (for the figures). */
  onRetry?: (what: string, reason: string) => void;
}

export class Client {
  private readonly cookies = new Map<string, string>();
  private csrf: string | undefined;

  constructor(
    private readonly base: string,
    private readonly options: ClientOptions,
  ) {}

  async get<T>(path: string): Promise<T> {
    return this.send<T>('GET', path, undefined, undefined);
  }

  /** A write: one idempotency key for all its tries. */
  async post<T>(path: string, body?: unknown, key: string = randomUUID()): Promise<T> {
    return this.send<T>('POST', path, body, key);
  }

  async loginApplicant(id: string): Promise<void> {
    const res = await this.send<{ csrfToken: string }>('POST', '/api/v1/auth/demo-login', { id }, undefined);
    this.csrf = res.csrfToken;
  }

  async loginOfficial(login: string, password: string): Promise<void> {
    const res = await this.send<{ csrfToken: string }>(
      'POST',
      '/api/v1/auth/login',
      { login, password },
      undefined,
    );
    this.csrf = res.csrfToken;
  }

  private async send<T>(method: string, path: string, body: unknown, key: string | undefined): Promise<T> {
    const until = Date.now() + this.options.retryForMs;
    for (let delay = 100; ; delay = Math.min(delay * 2, 1_000)) {
      let reason: string;
      try {
        const res = await fetch(`${this.base}${path}`, {
          method,
          headers: {
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(this.cookies.size > 0
              ? { cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') }
              : {}),
            ...(this.csrf === undefined ? {} : { 'x-csrf-token': this.csrf }),
            ...(key === undefined ? {} : { 'idempotency-key': key }),
          },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
          signal: AbortSignal.timeout(60_000),
        });
        for (const line of res.headers.getSetCookie()) {
          const [pair] = line.split(';');
          const at = pair?.indexOf('=') ?? -1;
          if (pair !== undefined && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
        }
        const text = await res.text();
        if (res.ok) return (text === '' ? undefined : JSON.parse(text)) as T;
        if (!transient.has(res.status)) throw new HttpError(res.status, text, `${method} ${path}`);
        reason = `${res.status} ${text.slice(0, 120)}`;
      } catch (error) {
        if (error instanceof HttpError) throw error;
        reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
      }
      // A login is not a command (no idempotency key) but a fresh session each time: safe too.
      if (Date.now() + delay > until) throw new Error(`${method} ${path}: gave up: ${reason}`);
      this.options.onRetry?.(`${method} ${path}`, reason);
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}
