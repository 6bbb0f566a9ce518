/**
 * Results: the signed PDF of a license, appendix, refusal, preliminary decision or receipt, and
 * its detached CMS, for the applicant and the provider's officials. The PDF bytes are not kept
 * (migration 0004 keeps the hash and the CMS): a recorded document is rendered again at its
 * signing instant, which gives the same bytes, and served only when its hash still matches.
 * With the test PKI (never in production) a document not yet issued is signed on first request
 * with the deciding official's demo key.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ApplicationState } from '../cases/model.ts';
import {
  documentContent,
  documentLangs,
  type DocumentKind,
  type DocumentLang,
} from '../documents/content.ts';
import { documentParties, storePartySources } from '../documents/parties.ts';
import { renderPdf } from '../documents/pdf.ts';
import { issueDocument, serviceOf, sha256Hex } from '../documents/service.ts';
import { AppError } from '../errors/app-error.ts';
import { demoOfficialIin } from '../platform.ts';
import { DEMO_PROVIDER_BIN } from '../signature/service.ts';
import { recordRead } from './access-log.ts';
import { publicBaseUrlsEver } from './admin-settings.ts';
import { readableApplication } from './attachment-routes.ts';
import type { ServerContext } from './context.ts';

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
] as const satisfies readonly DocumentKind[];
type ResultKind = (typeof resultKinds)[number];

export function resultRoutes(
  api: FastifyInstance,
  ctx: ServerContext,
  options: { publicBaseUrl?: string } = {},
): void {
  const { platform } = ctx;
  const repos = platform.store.repos;
  // The public URL printed in the QR link: the runtime setting (admin-settings.ts) unless given.
  const baseUrls = async () =>
    options.publicBaseUrl === undefined ? publicBaseUrlsEver(ctx) : [options.publicBaseUrl];

  /** The document's PDF and CMS: the recorded one re-rendered, or (test PKI) a newly signed one. */
  const obtain = async (
    state: ApplicationState,
    kind: DocumentKind,
    lang: DocumentLang,
  ): Promise<{ pdf: Uint8Array; sha256: string; cms: string; signedAt: string }> => {
    const urls = await baseUrls();
    const links = { publicBaseUrl: urls[0] ?? 'http://localhost:3000' };
    const sources = storePartySources(platform.store, platform.simulators.stateDatabases);
    const parties = await documentParties(sources, state);
    const built = documentContent(state, serviceOf(platform.catalog, state), kind, lang, links, parties);
    if (!built.ok) throw new AppError('results.not_available', built.reason, { kind });
    const recorded = await repos.documents.findLatest(state.id, kind, lang);
    // Printed with the URL in force then: each URL the setting has had is tried, newest first.
    for (const publicBaseUrl of recorded === undefined ? [] : urls) {
      const again =
        publicBaseUrl === links.publicBaseUrl
          ? built
          : documentContent(
              state,
              serviceOf(platform.catalog, state),
              kind,
              lang,
              { publicBaseUrl },
              parties,
            );
      if (recorded === undefined || !again.ok) break;
      const pdf = await renderPdf(again.content, {
        now: new Date(recorded.signedAt),
        signedBy: recorded.signer.subject,
      });
      if (sha256Hex(pdf) === recorded.sha256)
        return {
          pdf,
          sha256: recorded.sha256,
          cms: recorded.cms,
          signedAt: recorded.signedAt,
        };
    }
    if (platform.pki === null)
      throw new AppError('results.not_available', `no signed ${kind} of ${state.id} recorded`, { kind });
    const official = state.decision?.by ?? state.registration?.official ?? 'system';
    const key = await platform.pki.keyFor({
      iin: demoOfficialIin(official),
      bin: DEMO_PROVIDER_BIN,
      role: 'official',
    });
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
    });
    return {
      pdf: issued.pdf,
      sha256: issued.record.sha256,
      cms: issued.record.cms,
      signedAt: issued.record.signedAt,
    };
  };

  const schema = (summary: string) => ({
    tags: ['applicant', 'official'],
    summary,
    params: {
      type: 'object',
      required: ['id', 'kind'],
      properties: {
        id: { type: 'string', minLength: 1, maxLength: 100 },
        kind: { type: 'string', enum: [...resultKinds] },
      },
    },
    querystring: {
      type: 'object',
      properties: { docLang: { type: 'string', enum: [...documentLangs] }, lang: { type: 'string' } },
    },
  });
  type Route = { Params: { id: string; kind: ResultKind }; Querystring: { docLang?: DocumentLang } };

  const fetch = async (request: FastifyRequest<Route>) => {
    const { state, reader } = await readableApplication(ctx, request, request.params.id);
    const doc = await obtain(state, request.params.kind, request.query.docLang ?? 'kk');
    await recordRead(
      repos.accessLog,
      request,
      reader,
      { subjectId: state.applicant.id, what: `result:${request.params.kind}`, applicationId: state.id },
      platform.clock.now(),
    );
    return doc;
  };

  api.get<Route>(
    '/applications/:id/results/:kind',
    { schema: schema('The signed result document (PDF); ?docLang=kk|ru') },
    async (request, reply) => {
      const doc = await fetch(request);
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

  api.get<Route>(
    '/applications/:id/results/:kind/signature',
    { schema: schema("The official's detached CMS over the PDF (DER, application/pkcs7-signature)") },
    async (request, reply) => {
      const doc = await fetch(request);
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
