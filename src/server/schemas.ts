/**
 * One zod schema per request part and answer: Fastify validates requests with it
 * (fastify-type-provider-zod), the handler's types are inferred from it, and the OpenAPI
 * document is generated from it. Answers are described, not enforced: they are serialized as
 * they are (src/server/app.ts), and test/server/openapi-conformance.test.ts checks real answers
 * against the document. Every answer object is open and lists only its main properties, none
 * required, so a description never drifts into a change of what is sent.
 */
import type {
  FastifyBaseLogger,
  FastifyInstance,
  FastifyTypeProvider,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import { z } from 'zod';
import { isLocalDate } from '../calendar/local-date.ts';

/**
 * Request parts typed from their zod schemas (as fastify-type-provider-zod's ZodTypeProvider
 * does). Answers are left untyped: their schemas are open descriptions, and the values handlers
 * answer with are interfaces, which TypeScript will not match against an open object.
 */
export interface ZodRequests extends FastifyTypeProvider {
  validator: this['schema'] extends z.ZodType ? z.output<this['schema']> : unknown;
  serializer: unknown;
}

/** A route family's Fastify instance. */
export type Api = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodRequests
>;

// ---- Request parts ----------------------------------------------------------------------------

/** An id in a path: an application's, a service's, a complaint's. */
export const pathId = z.string().min(1).max(100);
export const iinOrBin = z.string().regex(/^\d{12}$/);
export const unitId = z.string().regex(/^[a-z0-9][a-z0-9.-]{0,99}$/);
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => isLocalDate(v), 'not a calendar date');
export const idParams = z.object({ id: pathId });

/**
 * A query string; `lang` (the language of problems, src/server/problem.ts) is accepted on every
 * route, so it is kept when the query is parsed.
 */
export const query = <T extends z.ZodRawShape>(shape: T) =>
  z.object({ ...shape, lang: z.string().max(10).optional() });

// ---- Answers ----------------------------------------------------------------------------------

type Shape = Record<string, z.ZodType>;
type Described<T extends Shape> = z.ZodObject<{ [K in keyof T]: z.ZodOptional<T[K]> }, z.core.$loose>;

/** An open object with these properties, none required. */
export function obj<T extends Shape>(shape: T = {} as T, description?: string): Described<T> {
  const optional = Object.fromEntries(Object.entries(shape).map(([k, v]) => [k, v.optional()]));
  const schema = z.looseObject(optional) as unknown as Described<T>;
  return description === undefined ? schema : schema.describe(description);
}
export const arr = <T extends z.ZodType>(items: T) => z.array(items);

export const str = z.string();
export const strOrNull = z.string().nullable();
export const num = z.number();
export const numOrNull = z.number().nullable();
export const bool = z.boolean();
export const boolOrNull = z.boolean().nullable();
export const strings = z.array(z.string());
/** Bytes that are not JSON: a PDF, an image, a CMS signature. */
export const binary = z.string().meta({ format: 'binary' });

/** An RFC 9457 problem with the stable `code` (src/server/problem.ts). */
export const problem = z
  .looseObject({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    code: z.string().optional(),
    detail: z.string().optional(),
    instance: z.string().optional(),
  })
  .meta({ id: 'Problem' });

const problemAnswer = {
  description: 'A problem (RFC 9457) with a stable `code`',
  content: { 'application/problem+json': { schema: problem } },
};
/**
 * The problems any route may answer: 4xx for the request (invalid, unauthenticated, forbidden,
 * not found, conflicting, too large, too many), 5xx when the store is unavailable or locked.
 */
export const problems = { '4xx': problemAnswer, '5xx': problemAnswer } as const;

/** The route's success answer, and its problems. */
export const answers = <S extends number, T extends z.ZodType>(status: S, schema: T) =>
  ({ [status]: schema, ...problems }) as { [K in S]: T } & typeof problems;

/** 204: no content. */
export const noContent = { 204: z.null().describe('No content'), ...problems };

// ---- Shared answer shapes ---------------------------------------------------------------------

export const status = obj({ status: str });

export const principal = obj({
  kind: str,
  id: str,
  type: str,
  name: str,
  login: str,
  role: str,
  providerId: str,
  /** An official's unit, or their provider (kk, with Ruqsat's ru/en where the catalog has them). */
  workplace: obj({ kk: str, ru: str, en: str }).nullable(),
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

/** src/cases/timeline.ts Estimate: a result date from the steps, which is not a legal term. */
export const estimateSchema = obj({ at: str, date: str, label: obj({ kk: str, ru: str, en: str }) });

/** src/cases/timeline.ts Timeline. */
export const timelineSchema = obj({
  status: str,
  registeredAt: strOrNull,
  deadline: strOrNull,
  plannedResultDate: strOrNull,
  estimate: estimateSchema.nullable(),
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
const publicPermitShape = {
  number: str,
  holder: str,
  holderKind: str,
  serviceId: str,
  kind: str,
  issuedAt: str,
  status: str,
  appendices: arr(obj({ number: str, status: str, issuedAt: str })),
  history: arr(obj({ at: str, action: str })),
};
export const publicPermit = obj(publicPermitShape);

/** A permit with its signed documents, each verified now (GET /public/permits/:number). */
export const permitWithDocuments = obj({ ...publicPermitShape, documents: arr(obj()) });

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

/** The service passport (GET /services/:id/passport, src/catalog/passport.ts). */
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
  step: obj({ stepId: strOrNull, action: strOrNull, short: obj({ kk: str, ru: str, en: str }).nullable() }),
  due: strOrNull,
  workingMinutesLeft: numOrNull,
  deadline: strOrNull,
});

const limitSchema = obj({ ms: num, source: str }).nullable();

/** A visit with its measures now (GET/POST answers). */
export const visitSchema = obj({
  id: str,
  providerId: str,
  unitId: strOrNull,
  serviceId: str,
  caseId: strOrNull,
  ticket: num,
  arrivedAt: str,
  calledAt: strOrNull,
  calledBy: strOrNull,
  endedAt: strOrNull,
  endedBy: strOrNull,
  applicationId: strOrNull,
  limits: obj({ wait: limitSchema, service: limitSchema }),
  version: num,
  status: str,
  waitedMinutes: num,
  servedMinutes: numOrNull,
  waitOver: boolOrNull,
  serviceOver: boolOrNull,
});

/** The receipt of a paper application (POST /official/paper-intake). */
export const paperReceipt = obj({
  applicationId: str,
  /** The counter visit ended by this registration, when one was named (src/server/visit-routes.ts). */
  visit: visitSchema.nullable(),
  receipt: obj({
    inboundNumber: strOrNull,
    receivedAt: strOrNull,
    registeredAt: strOrNull,
    registeredBy: str,
    service: str,
    applicant,
    plannedResultDate: strOrNull,
    deadline: strOrNull,
    estimate: estimateSchema.nullable(),
  }),
});

/**
 * What the payment gateway's callback gets (src/server/payment-routes.ts applyCallback). A
 * replayed transaction is acknowledged with 200 and `applied: false`.
 */
export const callbackAnswer = obj({ applied: bool, code: str, applicationId: str, status: str });

/** An employee's recorded powers (src/signature/roles.ts RecordedPowers). */
export const powers = obj({ bin: str, iin: str, powers: strings });

/** An official's account without its password hash (GET /admin/officials). */
export const officialAccount = obj({
  login: str,
  name: str,
  role: str,
  providerId: str,
  unitId: strOrNull,
  disabled: bool,
});

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
export const settings = obj({
  attachmentMaxBytes: num,
  attachmentMaxCount: num,
  attachmentMaxTotalBytes: num,
  publicBaseUrl: str,
});

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
  terms: obj({ basis: str, source: str }).nullable(),
  talon: obj({ acceptedAt: str, receivedBy: str, journal: strOrNull, entry: str, source: str }).nullable(),
  overdue: strings,
});

/**
 * The ground of a duplicate or reissue where the act names one (seed 004 11-т.): the licence
 * lost or damaged; or the change and the day it happened (the 30-day duty counts from it).
 */
export const declaredGround = z.discriminatedUnion('kind', [
  z.object({ kind: z.enum(['loss', 'damage']), note: z.string().max(1000).nullable().default(null) }),
  z.object({
    kind: z.literal('change'),
    change: z.string().min(1).max(1000),
    changedOn: z.string().refine(isLocalDate, 'a date YYYY-MM-DD'),
  }),
]);
