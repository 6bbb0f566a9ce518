/**
 * The shapes of the answers the pages read. The OpenAPI document's response schemas name the
 * main fields of each answer but stay open; where the server has the exact type it is imported
 * from there (type-only, erased from the bundle), so a change on the server breaks the pages'
 * typecheck.
 */
import type { ComplaintState } from '../../../src/appeals/complaint.ts';
import type { ApplicationState } from '../../../src/cases/model.ts';
import type { Timeline } from '../../../src/cases/timeline.ts';
import type { InboxMessage } from '../../../src/integrations/notifications.ts';
import type { PublicPermitView } from '../../../src/registry/public-view.ts';
import type { exportEntry } from '../../../src/catalog/export.ts';
import type { Service } from '../../../src/catalog/schema.ts';
import type { Localized } from '../i18n.ts';

export type { ApplicationState, InboxMessage, PublicPermitView, Timeline };
export type { TimelineStep } from '../../../src/cases/timeline.ts';

export type ApplicantType = 'individual' | 'entrepreneur' | 'legal-entity';

/** `GET /auth/me` (Principal in src/server/auth.ts). */
export type Principal =
  | {
      kind: 'applicant';
      id: string;
      type: ApplicantType;
      name: string;
      representative?: { iin: string; name: string; powers: string[] };
    }
  | {
      kind: 'official';
      id: string;
      login: string;
      role: string;
      providerId: string;
      name: string;
      /** Their territorial unit, or the provider (only in `/auth/me`'s answer). */
      workplace?: Localized | null;
    }
  | { kind: 'admin'; id: string; login: string; name: string };

export interface ServiceSummary {
  id: string;
  title: Localized;
  provider: Localized;
  providerId: string;
  kind: string;
  channels: string[];
  status: string;
  cases: string[];
}

export interface Deadline {
  amount: number | null;
  unit: string;
  source: string;
  basis?: string;
}

export interface Fee {
  mci: number | null;
  free: boolean;
  text?: string;
  source?: string;
  tengeToday?: number | null;
  mciValue?: number | null;
}

export interface DocumentReq {
  id: string;
  /** The act's Kazakh with Ruqsat's ru/en translations where the catalog has them. */
  name: Localized;
  cases: string[];
  channels: string[];
  applicantTypes: string[];
  obtainedFrom: string | null;
  form: string;
  optional: boolean;
  source: string;
}

export interface Passport {
  id: string;
  version: number;
  act: string;
  repealed: boolean;
  title: Localized;
  provider: Localized;
  channels: string[];
  applicantTypes: ApplicantType[];
  cases: {
    id: string;
    kind: string;
    title: Localized;
    deadline: Deadline | null;
    deadlineDeferredTo: string | null;
    fee: Fee | null;
    documents: DocumentReq[];
    /** The ground to declare for a duplicate (loss or damage) or reissue (the change and its date). */
    ground: { kind: 'loss-or-damage' | 'change'; text: Localized; source: string } | null;
  }[];
}

export interface ApplicationView {
  application: ApplicationState;
  timeline: Timeline;
}

export interface Invoice {
  invoiceId: string;
  amountTenge: number;
  mci: number;
  mciValue: number;
  payUrl: string;
}

export interface Attachment {
  id: string;
  documentId: string | null;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
}

export interface QueueItem {
  applicationId: string;
  serviceId: string;
  status: string;
  inboundNumber: string | null;
  applicant: string;
  step: {
    stepId: string | null;
    label: string | null;
    short: { kk: string; ru: string; en: string } | null;
    action: string | null;
  };
  due: string | null;
  workingMinutesLeft: number | null;
  deadline: string | null;
}

/** `GET /services/:id` (serviceView in src/server/app.ts). */
export type ServiceDetail = ReturnType<typeof exportEntry> &
  Pick<Service, 'description' | 'approvedBy' | 'results' | 'qualificationForm' | 'hearing' | 'appeal'> & {
    repealed: boolean;
    actText: Record<'kk' | 'ru' | 'en', string | null>;
  };
export type FormField = NonNullable<ServiceDetail['qualificationForm']>['fields'][number];

/** A signed document of a permit as the public registry shows it (src/documents/service.ts). */
export interface SignedDocumentView {
  kind: string;
  lang: string;
  sha256: string;
  signer: string;
  signedAt: string;
  verification: { valid: boolean; status: string; code: string | null; message: string };
}

/** A complaint as `GET /applications/:id/complaints` answers it (src/server/complaint-routes.ts). */
export type ComplaintView = ComplaintState & { overdue: string[] };
