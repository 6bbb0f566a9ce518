/**
 * Ports to the outside world, each with a simulator that is the default in development, demos
 * and tests. A real adapter implements the same interface; the variable in the table will
 * choose it once it exists. None of these variables is read yet: `src/config.ts` is where they
 * belong, and it should refuse the simulators and `DEMO_PAYMENT_SECRET` in production.
 *
 * | port             | module             | env variable (future)                             | real adapter (future)              | default                   |
 * | ---------------- | ------------------ | ------------------------------------------------- | ---------------------------------- | ------------------------- |
 * | `StateDatabases` | state-databases.ts | `RUQSAT_STATE_DATABASES`                          | `shep`: e-gov gateway (ЭҮШ)        | `StateDatabasesSimulator` |
 * | `PaymentGateway` | payment-gateway.ts | `RUQSAT_PAYMENT_GATEWAY`, `RUQSAT_PAYMENT_SECRET` | `egov-payment`: ЭҮТШ, HMAC secret  | `PaymentGatewaySimulator` |
 * | `Notifier`       | notifications.ts   | `RUQSAT_SMTP_URL`, `RUQSAT_SMS_GATEWAY_URL`       | src/notifications: SMTP, SMS, cabinet in the store | e-mail and SMS simulators |
 * | `MonitoringFeed` | monitoring-feed.ts | `RUQSAT_MONITORING_FEED`                          | `egov-monitoring`: monitoring IS   | `MonitoringFeedSimulator` |
 *
 * Each variable takes `simulator` (the default outside production) or the adapter's name.
 */
import type { Clock } from './clock.ts';
import type { DemoCompany, DemoPerson } from './demo-seed.ts';
import { MonitoringFeedSimulator } from './monitoring-feed.ts';
import { PaymentGatewaySimulator } from './payment-gateway.ts';
import { StateDatabasesSimulator, type LookupFailure, type StateLookup } from './state-databases.ts';

export { Instant, type Clock } from './clock.ts';
export { demoCompanies, demoPeople, type DemoCompany, type DemoPerson } from './demo-seed.ts';
export { requireBin, requireId, requireIin } from './id-input.ts';
export {
  StateDatabasesSimulator,
  type CriminalRecordCheck,
  type Individual,
  type LegalEntity,
  type LookupFailure,
  type LookupLogEntry,
  type StateDatabases,
  type StateDatabasesSimulatorOptions,
  type StateLookup,
  type TaxRegistration,
} from './state-databases.ts';
export {
  PaymentCallback,
  PaymentGatewaySimulator,
  isValidSignature,
  parseCallback,
  signCallback,
  type Invoice,
  type InvoiceRequest,
  type PaymentConfirmation,
  type PaymentGateway,
  type PaymentGatewaySimulatorOptions,
} from './payment-gateway.ts';
export {
  Notification,
  NotificationChannel,
  parseNotification,
  type InboxMessage,
  type Notifier,
  type SentNotification,
} from './notifications.ts';
export {
  MonitoringFeedSimulator,
  StageRecord,
  parseStage,
  type MonitoringFeed,
  type MonitoringFeedSimulatorOptions,
  type PublishedStage,
} from './monitoring-feed.ts';

/** The payment secret the simulators sign with when none is given; never for production. */
export const DEMO_PAYMENT_SECRET = 'ruqsat-demo-payment-secret';

export interface SimulatorOptions {
  /** The clock every simulator reads; tests pass a fixed or stepping one. */
  clock: Clock;
  paymentSecret?: string;
  paymentBaseUrl?: string;
  people?: readonly DemoPerson[];
  companies?: readonly DemoCompany[];
  stateDatabaseFailures?: Partial<Record<StateLookup, LookupFailure>>;
}

export interface Simulators {
  stateDatabases: StateDatabasesSimulator;
  payments: PaymentGatewaySimulator;
  monitoring: MonitoringFeedSimulator;
}

/** All four simulators on one clock, seeded with the demo people and companies. */
export function createSimulators(options: SimulatorOptions): Simulators {
  const { clock } = options;
  return {
    stateDatabases: new StateDatabasesSimulator({
      clock,
      people: options.people,
      companies: options.companies,
      failures: options.stateDatabaseFailures,
    }),
    payments: new PaymentGatewaySimulator({
      clock,
      secret: options.paymentSecret ?? DEMO_PAYMENT_SECRET,
      baseUrl: options.paymentBaseUrl,
    }),
    monitoring: new MonitoringFeedSimulator({ clock }),
  };
}
