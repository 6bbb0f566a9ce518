/**
 * The platform assembled: store, catalog, calendar, laws, simulators and the case engine, on
 * one clock. The CLI, the server, the tests and the benchmarks all start from here, so they
 * run the same thing.
 */
import { kazakhstanCalendar } from './calendar/index.ts';
import type { OfficeSchedule } from './calendar/working-time.ts';
import type { Catalog } from './catalog/catalog.ts';
import { loadCatalog, loadComplaintsLaw, loadPermitsLaw } from './catalog/files.ts';
import type { ComplaintsLaw } from './catalog/law.ts';
import type { Clock } from './cases/clock.ts';
import { CaseEngine } from './cases/engine.ts';
import type { ApplicationState, Recorded } from './cases/model.ts';
import type { ServiceTitle } from './documents/notification-templates.ts';
import {
  EmailSimulator,
  HttpSmsGateway,
  NotificationService,
  SmsSimulator,
  SmtpEmail,
} from './notifications/index.ts';
import { CabinetInbox, inboxMessages } from './notifications/cabinet.ts';
import type { RetryPolicy } from './notifications/outbox.ts';
import { DEMO_PAYMENT_SECRET, createSimulators, type Simulators } from './integrations/index.ts';
import { StoredPaymentGateway } from './integrations/payment-gateway.ts';
import { withControlDigit } from './identity/iin-bin.ts';
import type { PaymentConfig, TrustConfig, TsaConfig } from './config.ts';
import type { TrustStore } from './signature/checks.ts';
import { httpRevocation } from './signature/http-revocation.ts';
import { firstKey, officialKeysFrom, type OfficialKeys } from './signature/official-keys.ts';
import { openPkcs11Keys, type Pkcs11Keys, type Pkcs11Settings } from './signature/pkcs11.ts';
import { httpTsa, type TimeStampAuthority } from './signature/timestamp.ts';
import { trustFromPemFiles } from './signature/pki-files.ts';
import type { RevocationSource } from './signature/revocation.ts';
import { DemoPki, SignatureService } from './signature/service.ts';
import { openStore } from './store/index.ts';
import type { Store } from './store/store.ts';

export interface PlatformOptions {
  clock: Clock;
  /** A PostgreSQL server; the embedded one in `dataDir` when absent. */
  databaseUrl?: string;
  /** A standby of `databaseUrl` for the public registry and the indicators (DATABASE_READ_URL). */
  databaseReadUrl?: string;
  dataDir?: string;
  catalogDir?: string;
  acceptRepealed?: boolean;
  /**
   * EDS: the in-memory test PKI for demos and tests (applicants and officials get test keys on
   * first use, portal submissions must be signed), or none (signatures not checked), or a
   * given test PKI (several platforms on one database trusting the same test CA, as servers would).
   */
  pki?: 'demo' | 'none' | DemoPki;
  /**
   * The deployment's trust (src/config.ts), in place of `pki`: the test PKI kept in a folder
   * (created on the first start, so signatures verify after a restart), or CA certificates
   * from files with OCSP and CRL over HTTP (no test keys issued then).
   */
  trust?: TrustConfig;
  /** The payment gateway's callback secrets and page; the demo secret and the simulator's page when absent. */
  payments?: PaymentConfig;
  /** A folder of officials' PKCS#12 keys (`<official-id>.p12` + `.password`), used before demo keys. */
  officialKeysDir?: string;
  /** Officials' keys on a PKCS#11 token, looked up before the folder. */
  pkcs11?: Pkcs11Settings;
  /** The signed time of results; default: the TSA simulator with a test PKI, none with anchors. */
  tsa?: TsaConfig;
  /**
   * E-mail and SMS (src/notifications): SMTP at `smtpUrl` (else the e-mail simulator), an HTTP
   * SMS gateway at `smsGatewayUrl` (else the SMS simulator), the retry policy, and how often the
   * outbox is drained for retries (no polling when absent; a commit still sends at once).
   */
  notifications?: {
    smtpUrl?: string;
    smsGatewayUrl?: string;
    retry?: Partial<RetryPolicy>;
    pollMs?: number;
    /** The e-government operator's support e-mail for failure reports (seed 000 15-т.). */
    operatorEmail?: string;
  };
}

export interface Platform {
  store: Store;
  catalog: Catalog;
  engine: CaseEngine;
  simulators: Simulators;
  /** E-mail and SMS to applicants through the delivery outbox (migration 0010). */
  notifications: NotificationService;
  /** The personal cabinet's inbox (migration 0012). */
  cabinet: CabinetInbox;
  /**
   * The payment gateway's invoices, kept in the store (migration 0008): the applicant routes
   * and the callback use this one, not `simulators.payments` (memory only).
   */
  payments: StoredPaymentGateway;
  /** The test PKI, when the platform runs with one: it issues demo keys. */
  pki: DemoPki | null;
  /**
   * The key each official signs results with: a PKCS#11 token, then the keys folder, then (with
   * the test PKI) a demo key; null when the deployment holds none for that official.
   */
  officialKeys: OfficialKeys;
  /** What signatures are verified against (null: signatures not checked). */
  verification: Verification | null;
  /** Where results' signed time comes from (CAdES-T); null: none. */
  tsa: TimeStampAuthority | null;
  /** The general complaint rules, for services whose act sets none (catalog/laws/complaints.json). */
  complaintsLaw: ComplaintsLaw;
  clock: Clock;
  close(): Promise<void>;
}

/** The trust anchors and the revocation source every signature check of the platform uses. */
export interface Verification {
  trust: TrustStore;
  revocation: RevocationSource | null;
}

/**
 * Office hours for a provider whose act states none: a deployment setting (the Labour Code's
 * 40-hour week), never a rule taken from an act.
 */
export const DEFAULT_OFFICE_HOURS: OfficeSchedule = {
  open: '09:00',
  close: '18:00',
  lunch: { from: '13:00', to: '14:00' },
};

export async function openPlatform(options: PlatformOptions): Promise<Platform> {
  const { catalog, problems } = loadCatalog(options.catalogDir);
  const invalid = problems[0];
  if (invalid !== undefined) throw new Error(`catalog: ${invalid.file}: ${invalid.path}: ${invalid.message}`);
  const store = await openStore({
    databaseUrl: options.databaseUrl,
    dataDir: options.dataDir,
    ...(options.databaseReadUrl === undefined ? {} : { readUrl: options.databaseReadUrl }),
  });
  const simulators = createSimulators({ clock: () => options.clock.now() });
  const n = options.notifications ?? {};
  const notifications = new NotificationService({
    outbox: store.repos.outbox,
    now: () => options.clock.now(),
    email: n.smtpUrl === undefined ? new EmailSimulator() : new SmtpEmail(n.smtpUrl),
    sms: n.smsGatewayUrl === undefined ? new SmsSimulator() : new HttpSmsGateway(n.smsGatewayUrl),
    // Called only after a commit, when the engine below exists.
    titleOf: (state: ApplicationState): ServiceTitle => engine.serviceOf(state).service.title,
    ...(n.retry === undefined ? {} : { retry: n.retry }),
    ...(n.operatorEmail === undefined ? {} : { operatorEmail: n.operatorEmail }),
    // A failure report's e-mail carries its step-by-step screenshots (seed 000 15-т.).
    attachmentsOf: async (row) =>
      row.failureReportId === null
        ? undefined
        : (await store.repos.failureReports.screenshots(row.failureReportId)).map((s) => ({
            filename: s.name,
            contentType: s.mediaType,
            content: s.content,
          })),
  });
  if (n.pollMs !== undefined) notifications.start(n.pollMs);
  const cabinet = new CabinetInbox(store.repos.cabinet, () => options.clock.now());
  // Catalog files an administrator published (POST /admin/catalog/publish), over catalog/.
  await store.repos.catalogPublications.load(catalog).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  const [secret, ...previousSecrets] = options.payments?.secrets ?? [DEMO_PAYMENT_SECRET];
  const pageUrl = options.payments?.pageUrl;
  const payments = new StoredPaymentGateway({
    invoices: store.repos.invoices,
    clock: () => options.clock.now(),
    secret,
    previousSecrets,
    ...(pageUrl == null ? {} : { baseUrl: pageUrl }),
  });
  const { pki, verification } = await openTrust(options).catch(async (error: unknown) => {
    await store.close();
    throw error;
  });
  let token: Pkcs11Keys | null = null;
  let tsa: TimeStampAuthority | null;
  try {
    token = options.pkcs11 === undefined ? null : openPkcs11Keys(options.pkcs11);
    tsa = await timeStampAuthority(options, pki);
  } catch (error) {
    token?.close();
    await store.close();
    throw error;
  }
  const sources: OfficialKeys[] = [
    ...(token === null ? [] : [token.keys]),
    ...(options.officialKeysDir === undefined ? [] : [officialKeysFrom(options.officialKeysDir)]),
  ];
  const configuredKeys: OfficialKeys = sources.length === 0 ? async () => null : firstKey(...sources);
  const officialKeys = pki === null ? configuredKeys : pki.officialKeys(demoOfficialIin, configuredKeys);
  const engine = new CaseEngine({
    store,
    catalog,
    calendar: kazakhstanCalendar,
    law: loadPermitsLaw(options.catalogDir),
    clock: options.clock,
    acceptRepealed: options.acceptRepealed ?? true,
    defaultSchedule: DEFAULT_OFFICE_HOURS,
    // E-mail, SMS and cabinet messages are written in the command's statement; after the
    // commit the outbox is sent in the background and the monitoring feed told.
    messagesOf: (state, events) => ({
      outbox: notifications.messagesOf(state, events),
      inbox: inboxMessages(state, events, notifications.titleOf(state)),
    }),
    onCommitted: (state, events, queued) => publish(simulators, notifications, state, events, queued),
    ...(verification !== null
      ? {
          eds: new SignatureService(verification.trust, verification.revocation, officialKeys, tsa),
          requireSignature: true,
        }
      : {}),
  });
  return {
    store,
    catalog,
    engine,
    simulators,
    notifications,
    cabinet,
    payments,
    pki,
    verification,
    officialKeys,
    tsa,
    complaintsLaw: loadComplaintsLaw(options.catalogDir),
    clock: options.clock,
    close: async () => {
      await notifications.close();
      await store.close();
      token?.close();
    },
  };
}

/** The TSA of the options: over HTTP, the simulator (needs the test PKI), or none. */
async function timeStampAuthority(
  options: PlatformOptions,
  pki: DemoPki | null,
): Promise<TimeStampAuthority | null> {
  const kind = options.tsa?.kind ?? (pki === null ? 'none' : 'simulator');
  if (options.tsa?.kind === 'http') return httpTsa(options.tsa.url);
  if (kind === 'none') return null;
  if (pki === null) throw new Error('Invalid setting RUQSAT_TSA: the TSA simulator needs the test PKI');
  return pki.timeStampAuthority(() => options.clock.now());
}

/** The test PKI (in memory or in a folder) or the configured anchors, per the options. */
async function openTrust(
  options: PlatformOptions,
): Promise<{ pki: DemoPki | null; verification: Verification | null }> {
  const now = options.clock.now();
  const withPki = (pki: DemoPki) => ({ pki, verification: { trust: pki.trust, revocation: pki.revocation } });
  const trust = options.trust;
  if (trust?.source === 'test-pki') return withPki(await DemoPki.open(trust.pkiDir, now));
  if (trust?.source === 'anchors') {
    const r = trust.revocation;
    return {
      pki: null,
      verification: {
        trust: trustFromPemFiles(trust.anchorFiles, trust.intermediateFiles, trust.mode, {
          anchors: 'RUQSAT_TRUST_ANCHORS',
          intermediates: 'RUQSAT_TRUST_INTERMEDIATES',
        }),
        revocation: httpRevocation(r.timeoutMs, r.cacheMs, r.ocspMaxAgeMs),
      },
    };
  }
  if (options.pki === 'none') return { pki: null, verification: null };
  return withPki(options.pki instanceof DemoPki ? options.pki : await DemoPki.create(now));
}

/** After a commit: the queued e-mail and SMS sent in the background, finished steps to the monitoring feed. */
async function publish(
  sim: Simulators,
  notifications: NotificationService,
  state: ApplicationState,
  events: Recorded[],
  queued: number,
): Promise<void> {
  // E-mail and SMS were queued in the outbox with the command: sent in the background.
  if (queued > 0) notifications.kick();
  for (const e of events) {
    if (e.type === 'step-completed') {
      const step = state.steps.find((s) => s.stepId === e.stepId && s.doneAt === e.at);
      // The feed measures steps against their norm; a step the act gives no duration has none.
      if (step?.due != null)
        await sim.monitoring.publish({
          applicationId: state.id,
          serviceId: state.serviceId,
          providerId: state.providerId,
          stepId: step.stepId,
          role: step.role,
          startedAt: step.startedAt,
          dueAt: step.due.at,
          doneAt: e.at,
          onTime: step.onTime,
        });
    }
  }
}

/** A stable test IIN per demo official id, so each official signs with a key of their own. */
export function demoOfficialIin(officialId: string): string {
  let h = 0;
  for (let i = 0; i < officialId.length; i++) h = (h * 31 + officialId.charCodeAt(i)) % 9000;
  for (let serial = 1000 + h; ; serial++) {
    const iin = withControlDigit(`7501013${String(serial % 10000).padStart(4, '0')}`);
    if (iin !== null) return iin;
  }
}
