/**
 * Ports to the outside world, each with a simulator that is the default in development, demos
 * and tests. `src/config.ts` chooses what replaces a simulator (the table of variables is in
 * docs/architecture.md): the payment gateway's secret and page (`RUQSAT_PAYMENT_SECRET`,
 * `RUQSAT_PAYMENT_SECRET_PREVIOUS`, `RUQSAT_PAYMENT_PAGE_URL`; production refuses
 * `DEMO_PAYMENT_SECRET` and the simulator's page), e-mail and SMS (src/notifications). The
 * state databases and the monitoring feed have no real adapter yet.
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
