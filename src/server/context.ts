/** What every route family is given: the platform, the sessions and the deployment's settings. */
import { createHash, randomUUID } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import type { Platform } from '../platform.ts';
import type { Sessions } from './auth.ts';
import type { LoginLimits } from './login-limits.ts';

export interface ServerContext {
  platform: Platform;
  sessions: Sessions;
  /** Today's date in Astana. */
  today: () => string;
  acceptRepealed: boolean;
  /** Demo login, the payment simulator's page and the demo listing are served. */
  demo: boolean;
  demoPassword: string | null;
  secureCookies: boolean;
  /** Login attempts and EDS challenges allowed (login-limits.ts). */
  loginLimits: LoginLimits;
  /** Defaults of the runtime settings (src/config.ts); the `settings` table overrides them (admin-settings.ts). */
  settingsDefaults?: { attachmentMaxBytes: number; publicBaseUrl: string };
}

/**
 * The command's idempotency key: the client's `Idempotency-Key` header, scoped to the caller so
 * one caller's key can never return another's result; a fresh key when none is sent. With it the
 * hash of the request body (as parsed), kept with the key's result: the same key with another
 * body is refused, 422 server.idempotency_key_reused, instead of answering the first result.
 */
export function idempotencyOf(
  request: FastifyRequest,
  callerId: string,
): { idempotencyKey: string; requestHash?: string } {
  const given = request.headers['idempotency-key'];
  if (typeof given !== 'string' || given === '') return { idempotencyKey: randomUUID() };
  return {
    idempotencyKey: `http:${sha256(`${callerId}\n${request.url}\n${given}`)}`,
    requestHash: sha256(JSON.stringify(request.body ?? null)),
  };
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
