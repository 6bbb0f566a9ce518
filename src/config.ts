/**
 * The deployment's settings, read once from the environment and validated with zod. Outside
 * production every port has a working default (the test PKI in the data folder, the payment
 * simulator and its demo secret, demo logins); in production (NODE_ENV=production or
 * RUQSAT_MODE=production) start refuses each of those defaults and names the setting to give
 * instead (`productionProblems`), all of them at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { isIP } from 'node:net';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from './errors/app-error.ts';
import { DEMO_PAYMENT_SECRET } from './integrations/index.ts';
import { ACT_OPERATOR_EMAIL, DEMO_OPERATOR_EMAIL } from './notifications/failure-report.ts';
import { passwordProblem } from './server/password-policy.ts';
import type { TrustMode } from './signature/checks.ts';
import type { Pkcs11Settings } from './signature/pkcs11.ts';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');
const empty = (v: unknown) => (v === '' ? undefined : v);

/** A comma-separated list of file paths (certificates), blanks dropped. */
const fileList = z.preprocess(
  empty,
  z
    .string()
    .transform((v) =>
      v
        .split(',')
        .map((p) => p.trim())
        .filter((p) => p !== ''),
    )
    .optional(),
);
const secret = z.preprocess(empty, z.string().min(16, 'needs 16 or more characters').optional());

const Env = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** Production without relying on NODE_ENV; either one saying `production` makes it so. */
  RUQSAT_MODE: z.preprocess(empty, z.enum(['development', 'production']).optional()),
  /** Demo officials and applicants, demo login, the demo pages: default on outside production only. */
  RUQSAT_DEMO: flag.optional(),
  /**
   * Where signatures are trusted from: `test-pki` (the test PKI in RUQSAT_PKI_DIR, created on
   * first start) or `anchors` (the CA certificates in RUQSAT_TRUST_ANCHORS, revocation over
   * HTTP). Default: `anchors` when RUQSAT_TRUST_ANCHORS is set, else `test-pki`.
   */
  RUQSAT_TRUST: z.preprocess(empty, z.enum(['test-pki', 'anchors']).optional()),
  /** The test PKI's folder; default `<DATA_DIR>/pki` (with DATABASE_URL and several servers: a shared folder). */
  RUQSAT_PKI_DIR: z.preprocess(empty, z.string().optional()),
  /** Trust anchors: CA certificate files, PEM or DER, comma-separated (the NCA's RSA and GOST CAs). */
  RUQSAT_TRUST_ANCHORS: fileList,
  /** Issuing CA certificates that signatures may not carry, PEM or DER, comma-separated. */
  RUQSAT_TRUST_INTERMEDIATES: fileList,
  /**
   * `test` accepts IINs failing the control digit (the NCA's test certificates carry such);
   * `production` (the default with anchors) never does. The test PKI is always `test`.
   */
  RUQSAT_TRUST_MODE: z.preprocess(empty, z.enum(['test', 'production']).optional()),
  /** The OCSP/CRL HTTP adapter: timeout per request, how long answers are cached, oldest OCSP answer believed. */
  RUQSAT_REVOCATION_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  RUQSAT_REVOCATION_CACHE_MS: z.coerce.number().int().min(0).max(86_400_000).default(300_000),
  RUQSAT_OCSP_MAX_AGE_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(24),
  /** Officials' signing keys: `<official-id>.p12` and `<official-id>.password` per official. */
  RUQSAT_OFFICIAL_KEYS_DIR: z.preprocess(empty, z.string().optional()),
  /**
   * Officials' keys on a PKCS#11 token (HSM, smart card), looked up before the folder: the
   * token's library, the token by label (or RUQSAT_PKCS11_SLOT, the index among slots with a
   * token), and the user PIN — in RUQSAT_PKCS11_PIN_FILE (preferred: not in the environment) or
   * RUQSAT_PKCS11_PIN.
   */
  RUQSAT_PKCS11_MODULE: z.preprocess(empty, z.string().optional()),
  RUQSAT_PKCS11_TOKEN: z.preprocess(empty, z.string().optional()),
  RUQSAT_PKCS11_SLOT: z.preprocess(empty, z.coerce.number().int().min(0).optional()),
  RUQSAT_PKCS11_PIN: z.preprocess(empty, z.string().optional()),
  RUQSAT_PKCS11_PIN_FILE: z.preprocess(empty, z.string().optional()),
  /**
   * The signed time of results (CAdES-T): an RFC 3161 TSA over HTTP (the NCA's:
   * http://tsp.pki.gov.kz). Unset: the TSA simulator with the test PKI, no time-stamp with
   * anchors. RUQSAT_TSA=none turns it off.
   */
  RUQSAT_TSA_URL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s):// URL')
      .optional(),
  ),
  RUQSAT_TSA: z.preprocess(empty, z.enum(['simulator', 'http', 'none']).optional()),
  /** The payment gateway's callback secret (HMAC-SHA256), 16+ characters. */
  RUQSAT_PAYMENT_SECRET: secret,
  /** During a key change: the old secret, still accepted on callbacks, never used to sign. */
  RUQSAT_PAYMENT_SECRET_PREVIOUS: secret,
  /**
   * The gateway's payment page; an invoice's link is `<url>/<invoice id>`. Unset: the payment
   * simulator's page on this server (`/simulator/payment`, demo mode only).
   */
  RUQSAT_PAYMENT_PAGE_URL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^https:\/\/[^\s?#]+$/, 'must be an https:// URL without query')
      .optional(),
  ),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** Whether repealed services still take applications: in demo mode only (default there: yes, visibly marked). */
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
  /**
   * A standby of DATABASE_URL's database (HAProxy's replica port, docs/deploy.md) for the reads
   * that tolerate its replay lag: the public registry and the indicators. Unset: the primary.
   */
  DATABASE_READ_URL: z.preprocess(
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
  /**
   * The e-government operator's support e-mail, where technical-failure reports go (seed 000
   * Қағидалар 15-т. names sd@nitec.kz). Unset: sd@nitec.kz in production; outside production
   * sd@nitec.kz.invalid, so a demo never writes to the real support desk.
   */
  RUQSAT_EGOV_SUPPORT_EMAIL: z.preprocess(
    empty,
    z
      .string()
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, 'must be an e-mail address')
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
  /**
   * The first administrator's password (login `admin`), 12+ characters: so never the demo
   * officials' `ruqsat-demo` (11), which production removes (src/server/admin-accounts.ts).
   */
  /** Held to the same rules as every official's password (src/server/password-policy.ts). */
  RUQSAT_ADMIN_PASSWORD: z.preprocess(
    empty,
    z
      .string()
      .superRefine((password, ctx) => {
        const problem = passwordProblem(password, 'admin');
        if (problem !== null) ctx.addIssue({ code: 'custom', message: problem.message });
      })
      .optional(),
  ),
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
  /**
   * The reverse proxies in front (HAProxy: docs/deploy.md), comma-separated addresses or CIDR
   * ranges: a request from one of them is taken to come from the address its X-Forwarded-For
   * names (rate limits, the request log, /metrics). Unset: the connection's own address.
   */
  RUQSAT_TRUST_PROXY: z.preprocess(
    empty,
    z
      .string()
      .transform((v) => v.split(',').map((a) => a.trim()))
      .refine(
        (list) => list.every((a) => isIP(a.replace(/\/\d{1,3}$/, '')) !== 0),
        'must be IP addresses or CIDR ranges, comma-separated',
      )
      .optional(),
  ),
  /**
   * Demo only: the platform's clock runs this many minutes ahead of the system's, so a demo or
   * a test can work in office hours whatever the hour (several servers with one shift share one
   * clock). Production refuses any shift.
   */
  RUQSAT_DEMO_CLOCK_SHIFT_MINUTES: z.coerce
    .number()
    .int()
    .min(0)
    .max(366 * 24 * 60)
    .default(0),
  /** How often each process looks for due timers (any number of processes may at once). */
  RUQSAT_TIMER_INTERVAL_MS: z.coerce.number().int().min(100).max(3_600_000).default(30_000),
  /**
   * Default of the runtime setting `publicBaseUrl`: the origin printed in the QR links of
   * documents; unset, `http://localhost:<PORT>`, the address this server answers on.
   */
  /**
   * The official artwork of the state emblem printed at the head of a licence and its appendix
   * (src/documents/emblem.ts), a PNG or JPEG file; unset, a simplified vector drawing of it.
   */
  RUQSAT_EMBLEM_IMAGE: z.preprocess(
    empty,
    z
      .string()
      .regex(/\.(png|jpe?g)$/i, 'must be a .png or .jpg file')
      .refine((path) => existsSync(path), 'no such file')
      .optional(),
  ),
  RUQSAT_PUBLIC_URL: z.preprocess(
    empty,
    z
      .string()
      .max(500)
      .regex(/^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/, 'must be an http(s):// URL without query')
      .optional(),
  ),
});

export type RunMode = 'development' | 'production';

/**
 * Whom signatures are trusted from. `test-pki`: the test PKI kept in `pkiDir` (created on the
 * first start, reused after), which also issues demo keys. `anchors`: CA certificates from
 * files, revocation from the certificates' OCSP and CRL URLs over HTTP, cached.
 */
export type TrustConfig =
  | { source: 'test-pki'; pkiDir: string }
  | {
      source: 'anchors';
      anchorFiles: string[];
      intermediateFiles: string[];
      mode: TrustMode;
      revocation: { timeoutMs: number; cacheMs: number; ocspMaxAgeMs: number };
    };

/** The payment gateway: the callback secrets (the first signs; all are accepted) and its page. */
export interface PaymentConfig {
  secrets: [string, ...string[]];
  /** The gateway's payment page; null: the simulator's page on this server (demo only). */
  pageUrl: string | null;
}

export interface Config {
  /** `production` when NODE_ENV=production or RUQSAT_MODE=production. */
  mode: RunMode;
  /** `mode === 'production'`: every demo default is refused at start. */
  production: boolean;
  host: string;
  port: number;
  acceptRepealed: boolean;
  catalogDir: string | undefined;
  dataDir: string;
  /** Where the embedded PostgreSQL keeps its data: `<dataDir>/pg`. */
  embeddedDir: string;
  databaseUrl: string | undefined;
  /** DATABASE_READ_URL: where the public registry and the indicators read (with DATABASE_URL only). */
  databaseReadUrl: string | undefined;
  adminPassword: string | undefined;
  /** Demo officials and applicants, demo login, the payment simulator's page: never in production. */
  demo: boolean;
  bodyLimit: number;
  /** E-mail and SMS channels (src/notifications); the simulators when unset. */
  smtpUrl: string | undefined;
  smsGatewayUrl: string | undefined;
  /** Where failure reports go (seed 000 15-т.): RUQSAT_EGOV_SUPPORT_EMAIL, else the act's address in production. */
  egovSupportEmail: string;
  /** How often `serve` fires due timers. */
  timerIntervalMs: number;
  /** Minutes the platform's clock runs ahead of the system's (demo only; 0 in production). */
  clockShiftMinutes: number;
  /** Addresses or CIDR ranges of the reverse proxies whose X-Forwarded-For is believed; empty: none. */
  trustProxy: string[];
  /** The defaults of the runtime settings an administrator may change (src/server/admin-settings.ts). */
  settings: { attachmentMaxBytes: number; publicBaseUrl: string };
  trust: TrustConfig;
  /** The folder of officials' PKCS#12 keys; officials without one sign with a test-PKI key (test PKI only). */
  officialKeysDir: string | undefined;
  /** Officials' keys on a PKCS#11 token, looked up before the folder. */
  pkcs11: Pkcs11Settings | undefined;
  tsa: TsaConfig;
  payments: PaymentConfig;
}

type ParsedEnv = z.infer<typeof Env>;

/**
 * Whether an environment is production, by the rule `readConfig` applies, for commands that
 * need only that answer (and must not fail on settings they do not use).
 */
export function isProductionEnv(env: NodeJS.ProcessEnv = process.env): boolean {
  return env['NODE_ENV'] === 'production' || env['RUQSAT_MODE'] === 'production';
}

/** Where results' signed time comes from: the TSA simulator (test PKI only), a TSA over HTTP, or none. */
export type TsaConfig = { kind: 'simulator' } | { kind: 'http'; url: string } | { kind: 'none' };

function tsaOf(e: ParsedEnv, trust: TrustConfig): TsaConfig {
  const kind =
    e.RUQSAT_TSA ??
    (e.RUQSAT_TSA_URL !== undefined ? 'http' : trust.source === 'test-pki' ? 'simulator' : 'none');
  if (kind === 'http') {
    if (e.RUQSAT_TSA_URL === undefined)
      throw new Error("Invalid setting RUQSAT_TSA_URL: RUQSAT_TSA=http needs the TSA's URL");
    return { kind, url: e.RUQSAT_TSA_URL };
  }
  if (kind === 'simulator' && trust.source !== 'test-pki')
    throw new Error(
      'Invalid setting RUQSAT_TSA: the TSA simulator signs with the test PKI; with anchors give RUQSAT_TSA_URL',
    );
  return { kind };
}

function pkcs11Of(e: ParsedEnv): Pkcs11Settings | undefined {
  const module = e.RUQSAT_PKCS11_MODULE;
  if (module === undefined) return undefined;
  const pin =
    e.RUQSAT_PKCS11_PIN_FILE === undefined
      ? e.RUQSAT_PKCS11_PIN
      : readFileSync(e.RUQSAT_PKCS11_PIN_FILE, 'utf8').trim();
  if (pin === undefined)
    throw new Error(
      'Invalid setting RUQSAT_PKCS11_PIN_FILE: RUQSAT_PKCS11_MODULE needs the PIN (a file, or RUQSAT_PKCS11_PIN)',
    );
  const token =
    e.RUQSAT_PKCS11_TOKEN !== undefined
      ? { label: e.RUQSAT_PKCS11_TOKEN }
      : e.RUQSAT_PKCS11_SLOT !== undefined
        ? { slotIndex: e.RUQSAT_PKCS11_SLOT }
        : undefined;
  if (token === undefined)
    throw new Error(
      'Invalid setting RUQSAT_PKCS11_TOKEN: RUQSAT_PKCS11_MODULE needs the token label (or RUQSAT_PKCS11_SLOT)',
    );
  return { module, token, pin };
}

/** What production refuses, each naming the variable that fixes it. */
export interface ProductionProblem {
  variable: string;
  problem: string;
}

/**
 * The demo defaults production does not run with: the test PKI, the demo (or no) payment secret,
 * the payment simulator's page, demo logins, test trust mode.
 */
export function productionProblems(e: ParsedEnv, trust: TrustConfig): ProductionProblem[] {
  const problems: ProductionProblem[] = [];
  if (e.RUQSAT_DEMO === true)
    problems.push({
      variable: 'RUQSAT_DEMO',
      problem: 'demo logins and demo accounts are refused in production; unset it or set false',
    });
  if (e.RUQSAT_DEMO_CLOCK_SHIFT_MINUTES !== 0)
    problems.push({
      variable: 'RUQSAT_DEMO_CLOCK_SHIFT_MINUTES',
      problem: "a shifted clock is refused in production: the acts' terms run on the real time",
    });
  if (trust.source === 'test-pki')
    problems.push({
      variable: 'RUQSAT_TRUST_ANCHORS',
      problem:
        'missing: production does not trust the test PKI; give the national CA certificates (PEM or DER, comma-separated)',
    });
  else if (trust.mode === 'test')
    problems.push({
      variable: 'RUQSAT_TRUST_MODE',
      problem: 'test trust mode (IINs failing the control digit) is refused in production',
    });
  if (e.RUQSAT_PAYMENT_SECRET === undefined)
    problems.push({
      variable: 'RUQSAT_PAYMENT_SECRET',
      problem: "missing: the payment gateway's callback secret (16+ characters)",
    });
  for (const v of ['RUQSAT_PAYMENT_SECRET', 'RUQSAT_PAYMENT_SECRET_PREVIOUS'] as const)
    if (e[v] === DEMO_PAYMENT_SECRET)
      problems.push({ variable: v, problem: 'the demo payment secret is public; refused in production' });
  if (e.RUQSAT_PAYMENT_PAGE_URL === undefined)
    problems.push({
      variable: 'RUQSAT_PAYMENT_PAGE_URL',
      problem:
        "missing: the payment gateway's page (https://…); the payment simulator is refused in production",
    });
  return problems;
}

function trustOf(e: ParsedEnv): TrustConfig {
  const source = e.RUQSAT_TRUST ?? (e.RUQSAT_TRUST_ANCHORS === undefined ? 'test-pki' : 'anchors');
  if (source === 'test-pki') return { source, pkiDir: e.RUQSAT_PKI_DIR ?? join(e.DATA_DIR, 'pki') };
  const anchorFiles = e.RUQSAT_TRUST_ANCHORS ?? [];
  if (anchorFiles.length === 0)
    throw new Error('Invalid setting RUQSAT_TRUST_ANCHORS: RUQSAT_TRUST=anchors needs at least one file');
  return {
    source,
    anchorFiles,
    intermediateFiles: e.RUQSAT_TRUST_INTERMEDIATES ?? [],
    mode: e.RUQSAT_TRUST_MODE ?? 'production',
    revocation: {
      timeoutMs: e.RUQSAT_REVOCATION_TIMEOUT_MS,
      cacheMs: e.RUQSAT_REVOCATION_CACHE_MS,
      ocspMaxAgeMs: e.RUQSAT_OCSP_MAX_AGE_HOURS * 3_600_000,
    },
  };
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`Invalid setting ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const e = parsed.data;
  if (e.DATABASE_READ_URL !== undefined && e.DATABASE_URL === undefined)
    throw new Error('Invalid setting DATABASE_READ_URL: a standby of DATABASE_URL, which is unset');
  const production = isProductionEnv(env);
  const demo = e.RUQSAT_DEMO ?? !production;
  // A repealed act's service takes applications in the demo only (issue 16): anywhere else an
  // application under a repealed act would have no legal ground.
  if (e.RUQSAT_ACCEPT_REPEALED === true && !demo)
    throw new Error(
      'Invalid setting RUQSAT_ACCEPT_REPEALED: repealed services take applications in demo mode only (RUQSAT_DEMO)',
    );
  const trust = trustOf(e);
  const problems = production ? productionProblems(e, trust) : [];
  if (problems.length > 0) {
    const details = problems.map((p) => `${p.variable}: ${p.problem}`).join('; ');
    throw new AppError('config.production_refused', `Refusing to start in production: ${details}`, {
      details,
      variables: problems.map((p) => p.variable).join(', '),
    });
  }
  const previous = e.RUQSAT_PAYMENT_SECRET_PREVIOUS;
  return {
    mode: production ? 'production' : 'development',
    production,
    host: e.HOST,
    port: e.PORT,
    acceptRepealed: demo && (e.RUQSAT_ACCEPT_REPEALED ?? true),
    catalogDir: e.RUQSAT_CATALOG_DIR,
    dataDir: e.DATA_DIR,
    embeddedDir: join(e.DATA_DIR, 'pg'),
    databaseUrl: e.DATABASE_URL,
    databaseReadUrl: e.DATABASE_READ_URL,
    adminPassword: e.RUQSAT_ADMIN_PASSWORD,
    demo,
    bodyLimit: e.RUQSAT_BODY_LIMIT,
    smtpUrl: e.RUQSAT_SMTP_URL,
    smsGatewayUrl: e.RUQSAT_SMS_GATEWAY_URL,
    egovSupportEmail: e.RUQSAT_EGOV_SUPPORT_EMAIL ?? (production ? ACT_OPERATOR_EMAIL : DEMO_OPERATOR_EMAIL),
    timerIntervalMs: e.RUQSAT_TIMER_INTERVAL_MS,
    clockShiftMinutes: e.RUQSAT_DEMO_CLOCK_SHIFT_MINUTES,
    trustProxy: e.RUQSAT_TRUST_PROXY ?? [],
    settings: {
      attachmentMaxBytes: e.RUQSAT_ATTACHMENT_LIMIT,
      publicBaseUrl: (e.RUQSAT_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    },
    trust,
    officialKeysDir: e.RUQSAT_OFFICIAL_KEYS_DIR,
    pkcs11: pkcs11Of(e),
    tsa: tsaOf(e, trust),
    payments: {
      secrets: [
        e.RUQSAT_PAYMENT_SECRET ?? DEMO_PAYMENT_SECRET,
        ...(previous === undefined ? [] : [previous]),
      ],
      pageUrl: e.RUQSAT_PAYMENT_PAGE_URL?.replace(/\/+$/, '') ?? null,
    },
  };
}
