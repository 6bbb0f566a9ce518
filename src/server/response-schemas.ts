/**
 * Response schemas for the OpenAPI document. Fastify serializes an answer with its response
 * schema (fast-json-stringify), which drops the properties a schema does not list: every object
 * here is open (`additionalProperties: true`) and lists only the main properties whose types are
 * certain, so a schema describes an answer and never changes it.
 */

type Schema = Record<string, unknown>;

/** An open object with these properties (none required). */
export const obj = (properties: Record<string, Schema> = {}, description?: string): Schema => ({
  type: 'object',
  additionalProperties: true,
  properties,
  ...(description === undefined ? {} : { description }),
});
export const arr = (items: Schema): Schema => ({ type: 'array', items });

export const str = { type: 'string' } as const;
export const strOrNull = { type: ['string', 'null'] } as const;
export const num = { type: 'number' } as const;
export const numOrNull = { type: ['number', 'null'] } as const;
export const bool = { type: 'boolean' } as const;
export const boolOrNull = { type: ['boolean', 'null'] } as const;
export const strings = arr(str);

/** An RFC 9457 problem (application/problem+json) with the stable `code`. */
export const problem = obj(
  { type: str, title: str, status: num, code: str, detail: str, instance: str },
  'application/problem+json',
);

/** The route's success answer, and problems for 4xx. */
export const answers = (status: number, schema: Schema) => ({ [status]: schema, '4xx': problem });
/** 204: no content. */
export const noContent = { 204: { type: 'null', description: 'No content' }, '4xx': problem };

export const status = obj({ status: str });

export const principal = obj({
  kind: str,
  id: str,
  type: str,
  name: str,
  login: str,
  role: str,
  providerId: str,
});
export const session = obj({ token: str, csrfToken: str, principal });

/** What the engine answers to a command (src/cases/engine.ts CommandResult). */
export const commandResult = obj({ applicationId: str, version: num, status: str, events: strings });

export const applicant = obj({ id: str, type: str, name: str });

/** An application's state (src/cases/model.ts ApplicationState), its main fields. */
export const applicationState = obj({
  id: str,
  version: num,
  serviceId: str,
  serviceVersion: num,
  actId: str,
  caseId: str,
  caseKind: str,
  channel: str,
  processId: strOrNull,
  providerId: str,
  applicant,
  permitNumber: strOrNull,
  form: obj(),
  status: str,
  createdAt: str,
  submittedAt: strOrNull,
  completeness: str,
  steps: arr(obj()),
  currentStepId: strOrNull,
  executorId: strOrNull,
});

/** src/cases/timeline.ts Timeline. */
export const timelineSchema = obj({
  status: str,
  registeredAt: strOrNull,
  deadline: strOrNull,
  plannedResultDate: strOrNull,
  workingMinutesLeft: numOrNull,
  overdue: bool,
  paused: bool,
  steps: arr(
    obj({
      stepId: str,
      role: str,
      action: str,
      startedAt: str,
      due: strOrNull,
      done: strOrNull,
      onTime: boolOrNull,
      overdue: bool,
    }),
  ),
});

/** src/integrations/payment-gateway.ts Invoice. */
export const invoice = obj({
  invoiceId: str,
  applicationId: str,
  payerId: str,
  purpose: str,
  date: str,
  mci: num,
  amountTenge: num,
  mciValue: num,
  mciSource: str,
  payUrl: str,
});

/** src/registry/public-view.ts PublicPermitView. */
export const publicPermit = obj({
  number: str,
  holder: str,
  holderKind: str,
  serviceId: str,
  kind: str,
  issuedAt: str,
  status: str,
  appendices: arr(obj({ number: str, status: str, issuedAt: str })),
  history: arr(obj({ at: str, action: str })),
});

/** src/store/attachments.ts AttachmentInfo (its bytes are downloaded apart). */
export const attachmentInfo = obj({
  id: str,
  applicationId: str,
  documentId: str,
  name: str,
  mediaType: str,
  sha256: str,
  uploadedBy: str,
  uploadedAt: str,
});

/** The service passport (GET /services/:id/passport). */
export const passport = obj({
  id: str,
  version: num,
  act: str,
  repealed: bool,
  channels: strings,
  applicantTypes: strings,
  cases: arr(obj({ id: str, kind: str, documents: arr(obj()) })),
});

/** An application in the applicant's list (GET /applications). */
export const applicationSummary = obj({
  id: str,
  serviceId: str,
  caseId: str,
  status: str,
  updatedAt: str,
  inboundNumber: strOrNull,
  deadline: strOrNull,
  workingMinutesLeft: numOrNull,
});

/** An item of the official's work queue (GET /official/queue). */
export const queueItem = obj({
  applicationId: str,
  serviceId: str,
  status: str,
  inboundNumber: strOrNull,
  applicant: str,
  step: obj({ stepId: strOrNull, action: strOrNull }),
  due: strOrNull,
  workingMinutesLeft: numOrNull,
  deadline: strOrNull,
});

/** The receipt of a paper application (POST /official/paper-intake). */
export const paperReceipt = obj({
  applicationId: str,
  receipt: obj({
    inboundNumber: strOrNull,
    receivedAt: strOrNull,
    registeredAt: strOrNull,
    registeredBy: str,
    service: str,
    applicant,
    plannedResultDate: strOrNull,
    deadline: strOrNull,
  }),
});

/** A permit with its signed documents, each verified now (GET /public/permits/:number). */
export const permitWithDocuments = obj({
  ...(publicPermit['properties'] as Record<string, Schema>),
  documents: arr(obj()),
});

/**
 * What the payment gateway's callback gets (src/server/payment-routes.ts applyCallback). `status`
 * is left undeclared: a replay's problem (answered 200) has a numeric one.
 */
export const callbackAnswer = obj({ applied: bool, code: str, applicationId: str });

/** An employee's recorded powers (src/signature/roles.ts RecordedPowers). */
export const powers = obj({ bin: str, iin: str, powers: strings });

/** An official's account without its password hash (GET /admin/officials). */
export const officialAccount = obj({ login: str, name: str, role: str, providerId: str, unitId: strOrNull });

export const fileProblem = obj({ file: str, path: str, message: str });

/** A catalog file published at run time (src/store/catalog-publications.ts Publication). */
export const publication = obj({
  file: str,
  effectiveFrom: str,
  publishedBy: str,
  publishedAt: str,
  services: arr(obj({ serviceId: str, version: num })),
});

/** src/server/admin-units.ts TerritorialUnit. */
export const territorialUnit = obj({
  providerId: str,
  unitId: str,
  name: obj({ kk: str, ru: str, en: str }),
  region: str,
});

/** The runtime settings in force (src/server/admin-settings.ts). */
export const settings = obj({ attachmentMaxBytes: num, publicBaseUrl: str });

/** A complaint with its overdue flags (src/appeals/complaint.ts ComplaintState). */
export const complaint = obj({
  id: str,
  version: num,
  applicationId: strOrNull,
  providerId: str,
  subject: str,
  learnedOn: str,
  filedOn: str,
  fileBy: strOrNull,
  reviewer: str,
  status: str,
  reviewDue: str,
  forwardDue: strOrNull,
  decisions: arr(obj({ reviewer: str, outcome: str, text: str, on: str, onTime: bool, replyBy: strOrNull })),
  nextRemedy: strOrNull,
  terms: { type: ['object', 'null'], additionalProperties: true, properties: { basis: str, source: str } },
  talon: {
    type: ['object', 'null'],
    additionalProperties: true,
    properties: { acceptedAt: str, receivedBy: str, journal: strOrNull, entry: str, source: str },
  },
  overdue: strings,
});
