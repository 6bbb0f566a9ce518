/**
 * The deployment's settings, read once from the environment and validated with zod. Demo
 * defaults are refused in production where they would be unsafe: the demo password as the
 * administrator's, a short administrator password, demo mode itself.
 */
import { join } from 'node:path';
import { z } from 'zod';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const empty = (v: unknown) => (v === '' ? undefined : v);

/** The demo officials' password (src/server/demo.ts): never an administrator's in production. */
const DEMO_PASSWORD = 'ruqsat-demo';

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Whether repealed services still take applications (the demo: yes, visibly marked). */
  RUQSAT_ACCEPT_REPEALED: flag.optional(),
  RUQSAT_CATALOG_DIR: z.preprocess(empty, z.string().optional()),
  /** The embedded store's folder (its PostgreSQL data goes in `<DATA_DIR>/pg`). */
  DATA_DIR: z.preprocess(empty, z.string().default('./data')),
  /** A PostgreSQL server instead of the embedded one. */
  DATABASE_URL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
  ),
  /** E-mail to applicants over SMTP, e.g. `smtp://user:pass@mail.example.kz:587` (none: the e-mail simulator). */
  RUQSAT_SMTP_URL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^smtps?:\/\/[^\s]+$/, 'must be an smtp:// or smtps:// URL')
      .optional(),
  ),
  /** An HTTP SMS gateway taking POST { to, text } (none: the SMS simulator). */
  RUQSAT_SMS_GATEWAY_URL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s):// URL')
      .optional(),
  ),
  /** The first administrator's password (login `admin`), 12+ characters. */
  RUQSAT_ADMIN_PASSWORD: z.preprocess(empty, z.string().min(12, 'needs 12 or more characters').optional()),
  /** Largest request body in bytes. */
  RUQSAT_BODY_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(1_048_576),
  /** Default of the runtime setting `attachmentMaxBytes` (GET/PUT /api/v1/admin/settings). */
  RUQSAT_ATTACHMENT_LIMIT: z.coerce
    .number()
    .int()
    .min(1024)
    .max(50 * 1_048_576)
    .default(10 * 1_048_576),
  /** How often each process looks for due timers (any number of processes may at once). */
  RUQSAT_TIMER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /**
   * Default of the runtime setting `publicBaseUrl`: the origin printed in the QR links of
   * documents; unset, `http://localhost:<PORT>`, the address this server answers on.
   */
  RUQSAT_PUBLIC_URL: z.preprocess(
    empty,
    z
      .string()
      .max(500)
      .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, 'must be an http(s):// URL without query')
      .optional(),
  ),
});

export interface Config {
  production: boolean;
  host: string;
  port: number;
  acceptRepealed: boolean;
  catalogDir: string | undefined;
  dataDir: string;
  /** Where the embedded PostgreSQL keeps its data: `<dataDir>/pg`. */
  embeddedDir: string;
  databaseUrl: string | undefined;
  adminPassword: string | undefined;
  /** Demo officials and applicants, demo login, the payment simulator's page: never in production. */
  demo: boolean;
  bodyLimit: number;
  /** E-mail and SMS channels (src/notifications); the simulators when unset. */
  smtpUrl: string | undefined;
  smsGatewayUrl: string | undefined;
  /** How often `serve` fires due timers. */
  timerIntervalMs: number;
  /** The defaults of the runtime settings an administrator may change (src/server/admin-settings.ts). */
  settings: { attachmentMaxBytes: number; publicBaseUrl: string };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (production && e.RUQSAT_ADMIN_PASSWORD === DEMO_PASSWORD)
    throw new Error(
      'Invalid setting RUQSAT_ADMIN_PASSWORD: the demo password is refused in production; choose another',
    );
  return {
    production,
    host: e.HOST,
    port: e.PORT,
    acceptRepealed: e.RUQSAT_ACCEPT_REPEALED ?? !production,
    catalogDir: e.RUQSAT_CATALOG_DIR,
    dataDir: e.DATA_DIR,
    embeddedDir: join(e.DATA_DIR, 'pg'),
    databaseUrl: e.DATABASE_URL,
    adminPassword: e.RUQSAT_ADMIN_PASSWORD,
    demo: !production,
    bodyLimit: e.RUQSAT_BODY_LIMIT,
    smtpUrl: e.RUQSAT_SMTP_URL,
    smsGatewayUrl: e.RUQSAT_SMS_GATEWAY_URL,
    timerIntervalMs: e.RUQSAT_TIMER_INTERVAL_MS,
    settings: {
      attachmentMaxBytes: e.RUQSAT_ATTACHMENT_LIMIT,
      publicBaseUrl: (e.RUQSAT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    },
  };
}
