/**
 * Notifications to applicants by e-mail and SMS (the personal cabinet is the in-process inbox of
 * src/integrations/notifications.ts): what a committed command should tell the applicant, in
 * their language, queued in the outbox and sent in the background with retries.
 *
 * What is told: every status change (one message per status an application reaches) and every
 * deadline event (the clock paused for documents, resumed with a new result date, the objection
 * deadline of a preliminary decision, the result date passed), and each step of a complaint.
 */
import type { ApplicationState, Recorded } from '../cases/model.ts';
import type { ComplaintState, RecordedComplaintEvent } from '../appeals/complaint.ts';
import {
  applicationSubject,
  complaintNotification,
  complaintSubject,
  deadlineNotification,
  statusNotification,
  type NotificationText,
  type ServiceTitle,
} from '../documents/notification-templates.ts';
import type { EmailAttachment, EmailPort, SmsPort } from './channels.ts';
import { DEMO_OPERATOR_EMAIL } from './failure-report.ts';
import { contactOf, type Contact } from './contacts.ts';
import type { OutboxRepository } from '../store/outbox.ts';
import {
  DEFAULT_RETRY,
  dispatch,
  type DispatchResult,
  type OutboxMessage,
  type OutboxRow,
  type RetryPolicy,
} from './outbox.ts';

/** Events after which the application's status may have changed. */
const STATUS_EVENTS = new Set([
  'submitted',
  'registered',
  'completeness-confirmed',
  'refused-incomplete',
  'approved',
  'refused',
  'signed',
  'issued',
  'delivered',
  'withdrawn',
]);

export interface NotificationServiceOptions {
  outbox: OutboxRepository;
  now: () => Date;
  email: EmailPort;
  sms: SmsPort;
  /** The title of the service an application is for (the catalog version it follows). */
  titleOf: (state: ApplicationState) => ServiceTitle;
  retry?: Partial<RetryPolicy>;
  /** The e-government operator's support e-mail, where failure reports go (seed 000 15-т.). */
  operatorEmail?: string;
  /** The files an outbox message carries (a failure report's screenshots). */
  attachmentsOf?: (row: OutboxRow) => Promise<EmailAttachment[] | undefined>;
}

/** The e-mail and SMS messages for one text, to the contact's addresses in the contact's language. */
function messagesFor(
  contact: Contact,
  base: Omit<OutboxMessage, 'channel' | 'address' | 'lang' | 'subject' | 'body' | 'dedupeKey'>,
  key: string,
  subject: NotificationText,
  text: NotificationText,
): OutboxMessage[] {
  const out: OutboxMessage[] = [];
  const lang = contact.lang;
  if (contact.email !== null)
    out.push({
      ...base,
      dedupeKey: `${key}:email`,
      channel: 'email',
      address: contact.email,
      lang,
      subject: subject[lang],
      body: text[lang],
    });
  if (contact.phone !== null)
    out.push({
      ...base,
      dedupeKey: `${key}:sms`,
      channel: 'sms',
      address: contact.phone,
      lang,
      subject: subject[lang],
      body: text[lang],
    });
  return out;
}

/** What a committed command tells the applicant by e-mail and SMS. Pure. */
export function applicationMessages(
  state: ApplicationState,
  events: Recorded[],
  title: ServiceTitle,
): OutboxMessage[] {
  // A draft tells nothing but the reissue duty's reminder and lapse (seed 004 11-т.).
  if (state.status === 'draft' && !events.some((e) => e.type.startsWith('reissue-duty-'))) return [];
  const contact = contactOf(state);
  if (contact.email === null && contact.phone === null) return [];
  const base = { applicationId: state.id, complaintId: null, recipientId: state.applicant.id };
  const subject = applicationSubject(state);
  const out: OutboxMessage[] = [];
  if (events.some((e) => STATUS_EVENTS.has(e.type)))
    // One message per status reached: a command that leaves the status as it was queues nothing new.
    out.push(
      ...messagesFor(
        contact,
        { ...base, kind: `status:${state.status}` },
        `app:${state.id}:status:${state.status}`,
        subject,
        statusNotification(state, title),
      ),
    );
  const first = state.version - events.length + 1;
  events.forEach((e, i) => {
    const text = deadlineNotification(state, e, title);
    if (text !== null)
      out.push(
        ...messagesFor(
          contact,
          { ...base, kind: `deadline:${e.type}` },
          `app:${state.id}:event:${first + i}`,
          subject,
          text,
        ),
      );
  });
  return out;
}

/** What of the application complained about a complaint's messages use: the contact and its name. */
export type ComplaintApplication = Pick<
  ApplicationState,
  'form' | 'applicant' | 'registration' | 'submittedAt' | 'createdAt'
>;

/** What a complaint's events tell the applicant (the contact of the application complained about). */
export function complaintMessages(
  complaint: ComplaintState,
  events: RecordedComplaintEvent[],
  application: ComplaintApplication,
  title: ServiceTitle,
): OutboxMessage[] {
  const contact = contactOf(application);
  const base = {
    applicationId: complaint.applicationId,
    complaintId: complaint.id,
    recipientId: application.applicant.id,
  };
  const first = complaint.version - events.length + 1;
  const out: OutboxMessage[] = [];
  events.forEach((e, i) => {
    if (e.type === 'extension-notified') return;
    out.push(
      ...messagesFor(
        contact,
        { ...base, kind: `complaint:${e.type}` },
        `complaint:${complaint.id}:event:${first + i}`,
        complaintSubject(application),
        complaintNotification(complaint, e, application, title),
      ),
    );
  });
  return out;
}

export class NotificationService {
  email: EmailPort;
  sms: SmsPort;
  readonly retry: RetryPolicy;
  /** Where failure reports are sent (RUQSAT_EGOV_SUPPORT_EMAIL; the act names sd@nitec.kz). */
  readonly operatorEmail: string;
  private readonly attachmentsOf: NotificationServiceOptions['attachmentsOf'];
  private readonly outbox: OutboxRepository;
  private readonly now: () => Date;
  /** The title of the service an application is for, as every message names it. */
  readonly titleOf: (state: ApplicationState) => ServiceTitle;
  private running: Promise<unknown> = Promise.resolve();
  private again = false;
  private busy = false;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(options: NotificationServiceOptions) {
    this.outbox = options.outbox;
    this.now = options.now;
    this.titleOf = options.titleOf;
    this.email = options.email;
    this.sms = options.sms;
    this.retry = { ...DEFAULT_RETRY, ...options.retry };
    this.operatorEmail = options.operatorEmail ?? DEMO_OPERATOR_EMAIL;
    this.attachmentsOf = options.attachmentsOf;
  }

  /** Queues what a committed application command tells the applicant, then sends in the background. */
  async afterApplicationCommit(state: ApplicationState, events: Recorded[]): Promise<number> {
    const queued = await this.outbox.enqueue(
      applicationMessages(state, events, this.titleOf(state)),
      this.now(),
    );
    if (queued > 0) this.kick();
    return queued;
  }

  /** The e-mail and SMS a committed application command queues (written with the command). */
  messagesOf(state: ApplicationState, events: Recorded[]): OutboxMessage[] {
    return applicationMessages(state, events, this.titleOf(state));
  }

  /** Queues what a complaint's events tell the applicant, then sends in the background. */
  async afterComplaintCommit(
    complaint: ComplaintState,
    events: RecordedComplaintEvent[],
    application: ApplicationState,
  ): Promise<number> {
    const queued = await this.outbox.enqueue(
      complaintMessages(complaint, events, application, this.titleOf(application)),
      this.now(),
    );
    if (queued > 0) this.kick();
    return queued;
  }

  /** Sends what is due now, once; errors of the store are thrown, a channel's are recorded. */
  async drain(limit = 50): Promise<DispatchResult> {
    const ports = {
      email: this.email,
      sms: this.sms,
      ...(this.attachmentsOf === undefined ? {} : { attachmentsOf: this.attachmentsOf }),
    };
    return dispatch(this.outbox, ports, this.now(), this.retry, limit);
  }

  /** A background drain (one at a time; a kick during one runs another after it). Never throws. */
  kick(): void {
    if (this.closed) return;
    if (this.busy) {
      this.again = true;
      return;
    }
    this.busy = true;
    this.running = (async () => {
      try {
        do {
          this.again = false;
          await this.drain().catch(() => undefined);
        } while (this.again && !this.closed);
      } finally {
        this.busy = false;
      }
    })();
  }

  /** Resolves when the background drain in progress (if any) is done. */
  async idle(): Promise<void> {
    await this.running;
  }

  /** Drains every `intervalMs` (the retries of messages whose backoff has run out). */
  start(intervalMs: number): void {
    if (this.timer !== null || this.closed) return;
    this.timer = setInterval(() => this.kick(), intervalMs);
    this.timer.unref();
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
    await this.running;
    this.email.close?.();
  }

  deliveries(filter: { applicationId?: string; complaintId?: string }): Promise<OutboxRow[]> {
    return this.outbox.list(filter);
  }
}
