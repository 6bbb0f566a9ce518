/**
 * Every table family outside the case engine's own (applications, events, timers, commands,
 * permits: store.ts), one repository each, over the store's pool. Each keeps its SQL plain and
 * in one file; callers reach them as `platform.store.repos` and never see a connection.
 */
import type pg from 'pg';
import { AccessLogRepository } from './access-log.ts';
import { AttachmentRepository } from './attachments.ts';
import { CabinetRepository } from './cabinet.ts';
import { CatalogPublicationRepository } from './catalog-publications.ts';
import { ComplaintRepository } from './complaints.ts';
import { DocumentRepository } from './documents.ts';
import { FailureReportRepository } from './failure-reports.ts';
import { IndicatorRepository } from './indicators.ts';
import { InvoiceRepository } from './invoices.ts';
import { LoginAttemptRepository } from './login-attempts.ts';
import { LoginChallengeRepository } from './login-challenges.ts';
import { OfficialRepository } from './officials.ts';
import { OutboxRepository } from './outbox.ts';
import { PublicRegistryRepository } from './public-registry.ts';
import { RepresentativeRepository } from './representatives.ts';
import { SessionRepository } from './sessions.ts';
import { SettingsRepository } from './settings.ts';
import { UnitRepository } from './units.ts';
import { VisitRepository } from './visits.ts';
import { WorkQueueRepository } from './work-queue.ts';

export interface Repositories {
  /** `sessions` (migrations 0002, 0015). */
  sessions: SessionRepository;
  /** `officials` (migrations 0002, 0008, 0015). */
  officials: OfficialRepository;
  /** `login_challenges` (migration 0005). */
  loginChallenges: LoginChallengeRepository;
  /** `login_attempts` (migration 0015). */
  loginAttempts: LoginAttemptRepository;
  /** `territorial_units`, `application_units` (migration 0008). */
  units: UnitRepository;
  /** `settings`, `settings_changes` (migration 0008). */
  settings: SettingsRepository;
  /** `representatives` (migration 0003). */
  representatives: RepresentativeRepository;
  /** `personal_data_reads` (migration 0005). */
  accessLog: AccessLogRepository;
  /** `attachments` (migration 0006). */
  attachments: AttachmentRepository;
  /** `documents` (migration 0004). */
  documents: DocumentRepository;
  /** `complaints`, `complaint_events` (migration 0004). */
  complaints: ComplaintRepository;
  /** `notification_outbox` (migration 0010). */
  outbox: OutboxRepository;
  /** `cabinet_messages` (migration 0012). */
  cabinet: CabinetRepository;
  /** `failure_reports`, `failure_report_screenshots` (migration 0020; seed 000 15-т.). */
  failureReports: FailureReportRepository;
  /** `payment_invoices` (migration 0008). */
  invoices: InvoiceRepository;
  /**
   * Aggregates over `application_facts`, `application_steps` (0011, 0016), complaints, read on
   * the read pool (a standby with DATABASE_READ_URL); `survey_answers` written on the primary.
   */
  indicators: IndicatorRepository;
  /** The public registry's lookups over `permits` and `documents`, on the read pool. */
  publicRegistry: PublicRegistryRepository;
  /** The officials' queues over `applications` (migration 0005). */
  workQueue: WorkQueueRepository;
  /** `catalog_publications` (migration 0008). */
  catalogPublications: CatalogPublicationRepository;
  /** `counter_visits` (migration 0020): arrivals, calls and ends at the office counter. */
  visits: VisitRepository;
}

/** `readPool`: reads that tolerate a standby's replay lag (DATABASE_READ_URL); else `pool`. */
export function repositories(pool: pg.Pool, readPool: pg.Pool = pool): Repositories {
  return {
    sessions: new SessionRepository(pool),
    officials: new OfficialRepository(pool),
    loginChallenges: new LoginChallengeRepository(pool),
    loginAttempts: new LoginAttemptRepository(pool),
    units: new UnitRepository(pool),
    settings: new SettingsRepository(pool),
    representatives: new RepresentativeRepository(pool),
    accessLog: new AccessLogRepository(pool),
    attachments: new AttachmentRepository(pool),
    documents: new DocumentRepository(pool),
    complaints: new ComplaintRepository(pool),
    outbox: new OutboxRepository(pool),
    cabinet: new CabinetRepository(pool),
    failureReports: new FailureReportRepository(pool),
    invoices: new InvoiceRepository(pool),
    indicators: new IndicatorRepository(pool, readPool),
    publicRegistry: new PublicRegistryRepository(readPool),
    workQueue: new WorkQueueRepository(pool),
    catalogPublications: new CatalogPublicationRepository(pool),
    visits: new VisitRepository(pool),
  };
}
