/**
 * Results: the signed PDF of a license, appendix, refusal, preliminary decision, receipt or
 * inventory copy (seed 004 14-т. 1)), and its detached CMS, for the applicant and the provider's
 * officials. The PDF bytes are not kept
 * (migration 0004 keeps the hash and the CMS): a recorded document is rendered again at its
 * signing instant, which gives the same bytes, and served only when its hash still matches.
 * With the test PKI (never in production) a document not yet issued is signed on first request
 * with the deciding official's demo key.
 */
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { ApplicationState } from '../cases/model.ts';
import {
  documentContent,
  documentLangs,
  type DocumentKind,
  type DocumentLang,
} from '../documents/content.ts';
import { documentParties, storePartySources } from '../documents/parties.ts';
import { renderPdf } from '../documents/pdf.ts';
import { CURRENT_LAYOUT, issueDocument, serviceOf, sha256Hex, signedByLine } from '../documents/service.ts';
import { AppError } from '../errors/app-error.ts';
import { recordRead } from './access-log.ts';
import { publicBaseUrlsEver } from './admin-settings.ts';
import { readableApplication } from './attachment-routes.ts';
import { requirePower } from './auth.ts';
import type { ServerContext } from './context.ts';
import { binary, pathId, problems, query, type Api } from './schemas.ts';

/**
 * The results an applicant receives. The application form and the qualification information
 * (0007) are documents of the application itself, not results, so they are not served here.
 */
const resultKinds = [
  'license',
  'appendix',
  'refusal',
  'preliminary-decision',
  'receipt',
  // Seed 004 14-т. 1), 16-т.: the copy of the inventory, the proof of lawful activity after tacit consent.
  'inventory',
] as const satisfies readonly DocumentKind[];

export function resultRoutes(api: Api, ctx: ServerContext, options: { publicBaseUrl?: string } = {}): void {
  const { platform } = ctx;
  const repos = platform.store.repos;
  // The public URL printed in the QR link: the runtime setting (admin-settings.ts) unless given.
  const baseUrls = async () =>
    options.publicBaseUrl === undefined ? publicBaseUrlsEver(ctx) : [options.publicBaseUrl];
  const obtain = (state: ApplicationState, kind: DocumentKind, lang: DocumentLang) =>
    obtainDocument(ctx, baseUrls, state, kind, lang);

  const params = z.object({ id: pathId, kind: z.enum(resultKinds) });
  const querystring = query({ docLang: z.enum(documentLangs).optional() });
  const schema = (operationId: string, summary: string, mediaType: string) => ({
    operationId,
    tags: ['applicant', 'official'],
    summary,
    params,
    querystring,
    response: {
      200: { description: summary, content: { [mediaType]: { schema: binary } } },
      ...problems,
    },
  });

  const fetch = async (
    request: FastifyRequest,
    { id, kind }: z.infer<typeof params>,
    docLang: DocumentLang = 'kk',
  ) => {
    const { state, reader } = await readableApplication(ctx, request, id);
    // An employee receives the organisation's results only with the power to (representatives.ts).
    if (reader.kind === 'applicant') requirePower(reader, 'receive-results');
    const doc = await obtain(state, kind, docLang);
    await recordRead(
      repos.accessLog,
      request,
      reader,
      { subjectId: state.applicant.id, what: `result:${kind}`, applicationId: state.id },
      platform.clock.now(),
    );
    return doc;
  };

  api.get(
    '/applications/:id/results/:kind',
    {
      schema: schema(
        'getResultDocument',
        'The signed result document (PDF); ?docLang=kk|ru',
        'application/pdf',
      ),
    },
    async (request, reply) => {
      const doc = await fetch(request, request.params, request.query.docLang);
      return reply
        .type('application/pdf')
        .header('x-content-sha256', doc.sha256)
        .header(
          'content-disposition',
          `attachment; filename="${request.params.kind}-${request.params.id}.pdf"`,
        )
        .send(Buffer.from(doc.pdf));
    },
  );

  api.get(
    '/applications/:id/results/:kind/signature',
    {
      schema: schema(
        'getResultSignature',
        "The official's detached CMS over the PDF (DER, application/pkcs7-signature)",
        'application/pkcs7-signature',
      ),
    },
    async (request, reply) => {
      const doc = await fetch(request, request.params, request.query.docLang);
      return reply
        .type('application/pkcs7-signature')
        .header('x-content-sha256', doc.sha256)
        .header(
          'content-disposition',
          `attachment; filename="${request.params.kind}-${request.params.id}.p7s"`,
        )
        .send(Buffer.from(doc.cms, 'base64'));
    },
  );
}

/** The document's PDF and CMS: the recorded one re-rendered, or (test PKI) a newly signed one. */
async function obtainDocument(
  ctx: ServerContext,
  baseUrls: () => Promise<string[]>,
  state: ApplicationState,
  kind: DocumentKind,
  lang: DocumentLang,
): Promise<{ pdf: Uint8Array; sha256: string; cms: string; signedAt: string }> {
  const { platform } = ctx;
  const urls = await baseUrls();
  const links = { publicBaseUrl: urls[0] ?? 'http://localhost:3000' };
  const sources = storePartySources(platform.store, platform.simulators.stateDatabases);
  const recorded = await platform.store.repos.documents.findLatest(state.id, kind, lang);
  // As the people and the visit stood when the recorded document was signed.
  const parties = await documentParties(
    sources,
    state,
    recorded === undefined ? platform.clock.now() : new Date(recorded.signedAt),
  );
  const built = documentContent(state, serviceOf(platform.catalog, state), kind, lang, links, parties);
  if (!built.ok) throw new AppError('results.not_available', built.reason, { kind });
  // Printed with the URL in force then: each URL the setting has had is tried, newest first.
  for (const publicBaseUrl of recorded === undefined ? [] : urls) {
    const again =
      publicBaseUrl === links.publicBaseUrl && recorded?.layout === CURRENT_LAYOUT
        ? built
        : documentContent(
            state,
            serviceOf(platform.catalog, state),
            kind,
            lang,
            { publicBaseUrl },
            parties,
            recorded?.layout,
          );
    if (recorded === undefined || !again.ok) break;
    const pdf = await renderPdf(again.content, {
      now: new Date(recorded.signedAt),
      signedBy: signedByLine(recorded),
      layout: recorded.layout,
    });
    if (sha256Hex(pdf) === recorded.sha256)
      return {
        pdf,
        sha256: recorded.sha256,
        cms: recorded.cms,
        signedAt: recorded.signedAt,
      };
  }
  const official = state.decision?.by ?? state.registration?.official ?? 'system';
  const key = await platform.officialKeys(official);
  if (key === null)
    throw new AppError(
      'results.not_available',
      `no signed ${kind} of ${state.id} recorded, and no key for ${official}`,
      {
        kind,
      },
    );
  const issued = await issueDocument({
    store: platform.store,
    catalog: platform.catalog,
    applicationId: state.id,
    kind,
    lang,
    key,
    now: platform.clock.now(),
    links,
    parties: sources,
    tsa: platform.tsa,
  });
  return {
    pdf: issued.pdf,
    sha256: issued.record.sha256,
    cms: issued.record.cms,
    signedAt: issued.record.signedAt,
  };
}
