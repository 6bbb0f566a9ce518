/**
 * The catalog schema: a normative act and the state services it approves, as data.
 *
 * Every value a regulation fixes carries a `source` — the paragraph of the act it comes from
 * ("12-т.", "2-қосымша, 3-жол", "1-қосымша, 4-т.", "регламент 6-т.") — so an official can check
 * any number against the law. Content is Kazakh as the act has it; `ru` and `en` texts are
 * Ruqsat's own translations, never the official text.
 */
import { z } from 'zod';

/** A paragraph reference inside the act, in the act's own numbering. */
export const Source = z
  .string()
  .min(1, 'every value needs the paragraph it comes from')
  .describe('Paragraph of the act: "12-т.", "2-қосымша, 3-жол", "регламент 6-т. 2) тармақша"');
export type Source = z.infer<typeof Source>;

const isoDate = z.iso.date().describe('YYYY-MM-DD');

/** Kazakh as the act has it; ru/en are unofficial translations made by Ruqsat. */
export const Text = z.object({
  kk: z.string().min(1),
  ru: z.string().min(1).optional().describe("Ruqsat's translation, not official"),
  en: z.string().min(1).optional().describe("Ruqsat's translation, not official"),
});
export type Text = z.infer<typeof Text>;

/**
 * A text the act gives in Kazakh that pages and documents show in the reader's language: written
 * in the catalog either as the Kazakh string alone or as a `Text` with Ruqsat's `ru`/`en`
 * translations; read always as a `Text`.
 */
export const LocalText = z
  .union([z.string().min(1), Text])
  .transform((t): Text => (typeof t === 'string' ? { kk: t } : t))
  .describe("The act's Kazakh, alone or as { kk, ru, en } with Ruqsat's translations (not official)");

/** `months` only for the few terms the acts state in months (the 3-month window to complain). */
export const DurationUnit = z.enum([
  'seconds',
  'minutes',
  'hours',
  'working_days',
  'calendar_days',
  'months',
]);
export type DurationUnit = z.infer<typeof DurationUnit>;

export const Duration = z.object({
  amount: z.number().positive(),
  unit: DurationUnit,
  /** "not later than" (upper bound) is how the acts phrase most durations; exact ones are rare. */
  bound: z.enum(['max', 'exact']).default('max'),
  source: Source,
  note: z.string().optional(),
  /**
   * Where the act starts a step's or a window's term when it is not the moment the step starts:
   * seed 000 p.10 counts the site visit from registration, seed 004 p.7 the completeness check
   * from receipt of the documents (the submission), seed 000 p.12-1 the objection from receipt
   * of the preliminary decision. Absent: from the start of the step.
   */
  termFrom: z.enum(['registration', 'submission', 'receipt']).optional(),
});
export type Duration = z.infer<typeof Duration>;

/** Information systems the acts name, with stable ids the integrations layer maps to ports. */
export const InfoSystemId = z.enum([
  'egov-portal', // ЭҮП, www.egov.kz
  'elicense-portal', // www.elicense.kz
  'egov-gateway', // ЭҮШ
  'payment-gateway', // ЭҮТШ
  'elicense-registry', // «Е-лицензиялау» МДБ АЖ
  'gbd-fl', // ЖТ МДБ — state database of individuals
  'gbd-ul', // ЗТ МДБ — state database of legal entities
  'provider-system', // the provider's own information system (ҚФБ АЖ, ЭҚАЖ …)
  'state-corporation-system', // ЫҚКО / Мемлекеттік корпорация АЖ
  'other',
]);

export const Channel = z.object({
  kind: z.enum(['egov-portal', 'elicense-portal', 'provider-office', 'post', 'state-corporation']),
  text: z.string().optional().describe('How the act puts it, in Kazakh'),
  source: Source,
});

export const ApplicantType = z.enum(['individual', 'entrepreneur', 'legal-entity']);

export const CaseKind = z.enum([
  'issue',
  'reissue',
  'duplicate',
  'appendix',
  'registration',
  'extension',
  'conclusion',
  'certificate',
  'other',
]);
export type CaseKind = z.infer<typeof CaseKind>;

export const Fee = z.object({
  /**
   * Fee in MCI (АЕК). null with `free: true`: the act says the service is free; null with
   * `free: false`: a fee is due but the act does not state the amount.
   */
  mci: z.number().nonnegative().nullable(),
  free: z.boolean(),
  kind: z.enum(['license-fee', 'state-duty', 'service-charge', 'none', 'other']),
  text: z.string().optional(),
  paymentCodes: z.array(z.string()).optional(),
  source: Source,
});

export const Deadline = Duration.extend({
  /**
   * `stated`: the act gives this term for the whole service. `step-term`: the act gives only the
   * term of the deciding step. `sum-of-steps`: the act gives only step durations and this is
   * their sum — the overall term is in another act (e.g. the service standard) not encoded yet.
   */
  basis: z.enum(['stated', 'step-term', 'sum-of-steps']).default('stated'),
  countsFrom: z.enum([
    'registration',
    'submission',
    'submission-to-state-corporation',
    'payment',
    'complete-documents',
    'other',
  ]),
  countsFromText: z.string().optional(),
});

/**
 * What the applicant must declare to use a case, where the act names it (seed 004 11-т.): a
 * duplicate is for a licence lost or damaged; a reissue is for a change (the name of the kind
 * of activity), which the licensee must apply for within `applyWithin` of the change.
 */
export const CaseGround = z.object({
  kind: z.enum(['loss-or-damage', 'change']),
  /** The act's words, with Ruqsat's ru/en translations. */
  text: LocalText,
  /** The term to apply, counted from the day of the change; null when the act sets none. */
  applyWithin: Duration.nullable().default(null),
  source: Source,
});
export type CaseGround = z.infer<typeof CaseGround>;

export const Case = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: CaseKind,
  title: Text,
  /** The overall service time for this case; null only when the act defers it to another act. */
  deadline: Deadline.nullable(),
  /** Where the act sends the reader for the term it does not state itself ("Стандарттың 7-тармағы"). */
  deadlineDeferredTo: z.object({ text: z.string(), source: Source }).nullable().default(null),
  /** Other deadlines for the same case, e.g. a different term through another channel. */
  otherDeadlines: z
    .array(Deadline.extend({ when: z.string().describe('When this term applies, in Kazakh') }))
    .default([]),
  /** Window in which the provider checks completeness and may refuse for incompleteness. */
  completenessCheck: Duration.nullable().default(null),
  counterMaxWait: Duration.nullable().default(null),
  counterMaxService: Duration.nullable().default(null),
  fee: Fee.nullable().describe('null where the act is silent'),
  resultIds: z.array(z.string()).default([]),
  note: z.string().optional(),
  /** The ground the applicant must declare (duplicate: loss or damage; reissue: the change). */
  ground: CaseGround.nullable().default(null),
});

export const Document = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: LocalText,
  /** Case ids this document is required for; empty = every case. */
  cases: z.array(z.string()).default([]),
  channels: z.array(Channel.shape.kind).default([]),
  applicantTypes: z.array(ApplicantType).default([]),
  /** Obtained by the provider itself from a state information system, not asked of the applicant. */
  obtainedFrom: InfoSystemId.nullable().default(null),
  form: z.enum(['electronic', 'paper', 'original', 'copy', 'notarized-copy', 'data']).optional(),
  optional: z.boolean().default(false),
  source: Source,
  note: z.string().optional(),
});

type FormFieldShape = {
  id: string;
  label: string;
  type: 'text' | 'number' | 'date' | 'boolean' | 'file' | 'group' | 'choice';
  required: boolean;
  repeatable: boolean;
  options?: string[] | undefined;
  fields?: FormFieldShape[] | undefined;
  note?: string | undefined;
};
export const FormField: z.ZodType<FormFieldShape, unknown> = z.lazy(() =>
  z.object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    label: z.string().min(1),
    type: z.enum(['text', 'number', 'date', 'boolean', 'file', 'group', 'choice']),
    required: z.boolean().default(true),
    repeatable: z.boolean().default(false),
    options: z.array(z.string()).optional(),
    fields: z.array(FormField).optional(),
    note: z.string().optional(),
  }),
);

export const QualificationForm = z.object({
  title: z.string().min(1),
  fields: z.array(FormField).min(1),
  source: Source,
  note: z.string().optional(),
});

export const RefusalGround = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  text: LocalText,
  /** incomplete = refusal at the completeness check; it needs no preliminary decision. */
  kind: z.enum(['incomplete', 'other']).default('other'),
  cases: z.array(z.string()).default([]),
  source: Source,
});

export const ParticipantKind = z.enum([
  'applicant',
  'office-clerk',
  'head',
  'unit-head',
  'executor',
  'commission',
  'commission-secretary',
  'state-corporation-operator',
  'approving-agency',
  'information-system',
  'other',
]);

export const Participant = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: ParticipantKind,
  name: z.string().min(1),
  system: InfoSystemId.optional(),
  source: Source,
});

export const BranchCondition = z.enum([
  'incomplete-documents',
  'no-payment',
  'invalid-eds',
  'state-db-missing',
  'requirements-not-met',
  'refusal-grounds',
  'approved',
  'positive',
  'negative',
  'other',
]);

/**
 * Ruqsat's short wording of a step, for buttons, the work queue and diagrams, in kk, ru and en:
 * not the act's words (those stay in the step's `action`, shown one click away), so it has no
 * source of its own.
 */
export const ShortLabel = z
  .object({
    kk: z.string().min(1).max(60),
    ru: z.string().min(1).max(60),
    en: z.string().min(1).max(60),
  })
  .describe("Ruqsat's short wording of the step, not the act's text");
export type ShortLabel = z.infer<typeof ShortLabel>;

export const Step = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** The act's own label where it has one: "1-процесс", "2-шарт", "3-әрекет". */
  label: z.string().optional(),
  role: z.string().describe('Participant id'),
  action: z.string().min(1),
  short: ShortLabel.optional(),
  duration: Duration.nullable(),
  result: z.string().optional(),
  /** The step that follows on the normal path; null ends the process. */
  next: z.string().nullable(),
  branches: z
    .array(
      z.object({
        condition: BranchCondition,
        text: z.string().min(1),
        next: z.string().nullable().describe('Step id; null ends the process'),
        groundIds: z.array(z.string()).default([]),
        source: Source,
      }),
    )
    .default([]),
  system: InfoSystemId.optional(),
  source: Source,
});

export const Process = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  cases: z.array(z.string()).min(1),
  channel: Channel.shape.kind,
  title: z.string().optional(),
  participants: z.array(Participant).min(1),
  start: z.string().describe('Id of the first step'),
  steps: z.array(Step).min(1),
  source: Source,
  note: z.string().optional(),
});

export const Hearing = z.object({
  /** The preliminary decision is sent at least this long before the deadline. */
  noticeBeforeDeadline: Duration.nullable(),
  objectionWindow: Duration.nullable(),
  hearingWithin: Duration.nullable().default(null),
  text: z.string().optional(),
  source: Source,
});

/**
 * Tacit consent as the act sets it (seed 004 16-т. 2-бөлік): the result counts as received when
 * the provider has not handed it over within `handOverWithin` after the service's term ends. It
 * depends on the hand-over, not on the decision, and covers only the results the act names.
 */
export const TacitConsent = z
  .object({
    applies: z.boolean(),
    text: z.string(),
    source: Source,
    /** The hand-over term after the service's term ends (004 16-т.: "бес жұмыс күнінен кешіктірмей"). */
    handOverWithin: Duration.nullable().default(null),
    /** The cases whose result it covers, as the act names them (004 16-т.: the licence and its appendix). */
    caseKinds: z.array(CaseKind).default([]),
  })
  .refine((t) => !t.applies || (t.handOverWithin !== null && t.caseKinds.length > 0), {
    message: 'a tacit consent that applies needs its hand-over term and the cases it covers',
  });

/**
 * Stopping the service's term while documents asked of the applicant are awaited. None of the
 * seed acts provides it (seed 000 11-т. prescribes a refusal instead), so no seed service has
 * one; a service whose act does says so here, with the paragraph.
 */
export const ClockStop = z.object({
  /** What the act allows, in its own words (Kazakh). */
  text: z.string().min(1),
  source: Source,
});

export const Appeal = z.object({
  fileWithin: Duration.nullable().default(null),
  reviewByProvider: Duration.nullable().default(null),
  reviewByQualityAuthority: Duration.nullable().default(null),
  extensionMax: Duration.nullable().default(null),
  extensionNoticeWithin: Duration.nullable().default(null),
  forwardToReviewingBodyWithin: Duration.nullable().default(null),
  reviewByReviewingBody: Duration.nullable().default(null),
  /** Who may extend the review (seed 000 16-т. 3-бөлік: the provider and the quality authority, not the reviewing body); null: nobody. */
  extensionBy: z
    .object({ reviewers: z.array(z.enum(['provider', 'quality-authority'])).min(1), source: Source })
    .nullable()
    .default(null),
  /** The paper receipt the act requires on filing (seed 004 25-т.: date, time and the receiver's name). */
  talon: z
    .object({ fields: z.array(z.enum(['date', 'time', 'receiver', 'journal-entry'])).min(1), source: Source })
    .nullable()
    .default(null),
  /** Where the complaint is registered (seed 004 25-т.: the KNB's journal of information records). */
  journal: z
    .object({ name: z.string().min(1), source: Source })
    .nullable()
    .default(null),
  /** How the applicant learns the result when the act fixes it (seed 004 25-т.: in writing by post). */
  replyBy: z
    .object({ channel: z.enum(['post', 'electronic']), source: Source })
    .nullable()
    .default(null),
  /** After the last reviewer: another reviewing body or the court (000 17-т.), or the court (004 23-т.). */
  nextRemedy: z
    .object({ to: z.enum(['another-reviewing-body-or-court', 'court']), source: Source })
    .nullable()
    .default(null),
  whereToFile: z.array(z.string()).default([]),
  text: z.string().optional(),
  source: Source,
});

export const Schedule = z.object({
  who: z.enum(['provider', 'egov-portal', 'elicense-portal', 'state-corporation', 'other']),
  aroundTheClock: z.boolean().default(false),
  /** ISO weekdays, 1 = Monday. */
  workingDays: z.array(z.number().int().min(1).max(7)).default([1, 2, 3, 4, 5]),
  open: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable()
    .default(null),
  close: z
    .string()
    .regex(/^\d\d:\d\d$/)
    .nullable()
    .default(null),
  lunch: z
    .object({ from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) })
    .nullable()
    .default(null),
  /** Reception hours for applications when narrower than the office hours. */
  reception: z
    .object({ from: z.string().regex(/^\d\d:\d\d$/), to: z.string().regex(/^\d\d:\d\d$/) })
    .nullable()
    .default(null),
  afterHoursNextWorkingDay: z.boolean().default(true),
  text: z.string().optional(),
  source: Source,
});

export const Result = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum([
    'license',
    'license-reissue',
    'appendix',
    'duplicate',
    'certificate',
    'conclusion',
    'registration',
    'notification-acceptance',
    'reasoned-refusal',
    'other',
  ]),
  name: LocalText,
  form: z.enum(['electronic', 'paper', 'electronic-or-paper']),
  signedWithEds: z.boolean(),
  source: Source,
});

export const TerritorialUnit = z.object({
  name: z.string().min(1),
  address: z.string().optional(),
  phone: z.string().optional(),
  source: Source,
});

export const Quality = z.object({
  indicators: z.array(z.object({ text: z.string(), source: Source })).default([]),
  surveyQuestions: z
    .array(z.object({ text: z.string(), options: z.array(z.string()).default([]), source: Source }))
    .default([]),
});

export const Service = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'kebab-case id'),
  /** Versions of one service share the id; an application follows the one in force at registration. */
  version: z.number().int().positive().default(1),
  validFrom: isoDate,
  /** The first day this version is no longer in force (exclusive); null while in force. */
  validTo: isoDate.nullable().default(null),
  /** True when a date is derived from an effective-date rule whose publication date the text lacks. */
  validityEstimated: z.boolean().default(false),
  validityNote: z.string().optional(),
  title: Text,
  description: Text.optional(),
  /** Where the act approves this service (annex number, paragraph of the approving order). */
  approvedBy: Source,
  provider: z.object({
    /** A short stable key for the provider (officials' logins, work queues, permissions). */
    id: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .optional(),
    name: Text,
    /**
     * The city where the provider sits, printed as a licence's place of issue when the signing
     * official has no territorial unit. Not from the acts (they do not state it): the seat of the
     * body the act names.
     */
    seat: Text.optional(),
    source: Source,
  }),
  /**
   * For a licence: the licensed activity and its subtypes as the act names them (the licence
   * states the activity, not the service's title). Null for services that issue no licence.
   */
  licensedActivity: z
    .object({
      name: Text,
      subtypes: z
        .array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), name: Text, source: Source }))
        .default([]),
      source: Source,
      note: z.string().optional(),
    })
    .nullable()
    .default(null),
  otherParticipants: z.array(z.object({ name: z.string(), role: z.string(), source: Source })).default([]),
  infoSystems: z.array(z.object({ id: InfoSystemId, name: z.string(), source: Source })).default([]),
  channels: z.array(Channel).min(1),
  form: z.object({
    text: z.string(),
    automation: z.enum(['full', 'partial', 'none']).nullable(),
    source: Source,
  }),
  applicantTypes: z.array(ApplicantType).min(1),
  applicantTypesSource: Source,
  results: z.array(Result).default([]),
  cases: z.array(Case).min(1),
  documents: z.array(Document).default([]),
  qualificationForm: QualificationForm.nullable().default(null),
  refusalGrounds: z.array(RefusalGround).default([]),
  processes: z.array(Process).default([]),
  hearing: Hearing.nullable().default(null),
  tacitConsent: TacitConsent.nullable().default(null),
  clockStop: ClockStop.nullable().default(null),
  appeal: Appeal.nullable().default(null),
  quality: Quality.default({ indicators: [], surveyQuestions: [] }),
  schedules: z.array(Schedule).default([]),
  territorialUnits: z.array(TerritorialUnit).default([]),
  contacts: z.array(z.object({ text: z.string(), source: Source })).default([]),
  /** Where the act is ambiguous or silent on something a system would need. */
  notes: z.array(z.string()).default([]),
});
export type Service = z.infer<typeof Service>;

export const Amendment = z.object({
  number: z.string(),
  date: isoDate,
  issuer: z.string(),
  /** As the act puts it: "алғашқы ресми жарияланған күнінен кейін күнтізбелік алпыс күн өткен соң". */
  effectiveRule: z.string(),
  /** Known effective date, or an estimate marked as such when the publication date is not in the text. */
  effectiveFrom: isoDate.nullable(),
  effectiveFromEstimated: z.boolean().default(false),
  /** False when the seed announces the amendment but its text is not incorporated. */
  incorporated: z.boolean(),
  changes: z.array(z.string()).default([]),
  source: Source,
});

export const Act = z.object({
  /** Seed file prefix ("000") — a stable short id. */
  id: z.string().regex(/^\d{3}$/),
  title: z.string().min(1),
  kind: z.enum(['order', 'joint-order', 'government-decree', 'other']),
  issuer: z.string().min(1),
  number: z.string().min(1),
  date: isoDate,
  justiceRegistration: z.object({ number: z.string(), date: isoDate }).nullable(),
  effectiveRule: z.string().optional(),
  status: z.enum(['in-force', 'repealed']),
  repealedBy: z
    .object({
      number: z.string(),
      date: isoDate,
      issuer: z.string(),
      effectiveRule: z.string().optional(),
      source: Source,
    })
    .nullable()
    .default(null),
  /** What this act itself amends or repeals, where it is an amending act. */
  amends: z.array(z.string()).default([]),
  amendments: z.array(Amendment).default([]),
  seedFile: z.string(),
  notes: z.array(z.string()).default([]),
});
export type Act = z.infer<typeof Act>;

export const CatalogFile = z.object({
  $schema: z.string().optional(),
  act: Act,
  services: z.array(Service).min(1),
});
export type CatalogFile = z.infer<typeof CatalogFile>;
