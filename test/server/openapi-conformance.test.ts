/**
 * Real answers against the OpenAPI document: every answer the server sends while each route
 * family is used (its successes and its problems) must have its status and media type declared
 * for its operation, and a JSON body that its declared schema accepts (Ajv, JSON Schema
 * 2020-12 as OpenAPI 3.1 has it). The document itself passes Redocly's recommended rules with no
 * error.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runScenario } from '../../src/demo/scenario.ts';
import {
  FLAG,
  PAPER,
  alice,
  company,
  loginApplicant,
  loginOfficial,
  officialLogin,
  startServer,
  submitSigned,
  type Answer,
  type Auth,
  type TestServer,
} from './harness.ts';

interface Operation {
  operationId?: string;
  tags?: string[];
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
interface Document {
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, object> };
}

let s: TestServer;
let doc: Document;
const answers: Answer[] = [];
let issued: { id: string; permitNumber: string; applicant: string };

beforeAll(async () => {
  s = await startServer({ rateLimitMax: 1000, onAnswer: (a) => answers.push(a) });
  doc = (await s.app.inject('/api/openapi.json')).json<Document>();
  const entry = s.platform.catalog.resolve(FLAG, '2025-04-15', { acceptRepealed: true });
  const result = await runScenario(s.platform, s.clock, entry, 'issue', 'conformance-issued');
  if (!result.reached) throw new Error(`no permit: ${JSON.stringify(result)}`);
  const state = await s.platform.engine.get('conformance-issued');
  issued = { id: state.id, permitNumber: state.issued?.permitNumber ?? '', applicant: state.applicant.id };
}, 120_000);
afterAll(() => s?.close());

const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
let componentsAdded = false;

/** What is wrong with one answer against the document, or null when it conforms. */
function violation(answer: Answer): string | null {
  const where = `${answer.method} ${answer.route ?? '(no route)'} ${answer.status}`;
  const mediaType = answer.contentType.split(';')[0]?.trim() ?? '';
  if (answer.route === null)
    return mediaType === 'application/problem+json' ? null : `${where}: not a problem`;
  const path = answer.route.replace(/:(\w+)/g, '{$1}');
  const operation = doc.paths[path]?.[answer.method.toLowerCase()];
  if (operation === undefined) return `${where}: no operation in the document`;
  const responses = operation.responses;
  const declared =
    responses[String(answer.status)] ?? responses[`${String(answer.status)[0]}XX`] ?? responses['default'];
  if (declared === undefined) return `${where}: status not declared`;
  if (declared.content === undefined)
    return answer.payload === '' || answer.payload == null ? null : `${where}: a body where none is declared`;
  const media = declared.content[mediaType];
  if (media === undefined) return `${where}: ${mediaType} not declared`;
  if (!mediaType.endsWith('json')) return null;
  if (!componentsAdded) {
    ajv.addSchema({ $id: 'openapi', components: doc.components });
    componentsAdded = true;
  }
  const schema = JSON.parse(
    JSON.stringify(media.schema).replaceAll('"#/components/', '"openapi#/components/'),
  );
  const validate = ajv.compile(schema);
  const body: unknown = JSON.parse(String(answer.payload));
  return validate(body) ? null : `${where}: ${ajv.errorsText(validate.errors)}`;
}

/** Runs a family's requests and checks every answer they got. */
async function family(requests: () => Promise<unknown>): Promise<Answer[]> {
  const from = answers.length;
  await requests();
  const sent = answers.slice(from);
  expect(sent.map(violation).filter((v) => v !== null)).toEqual([]);
  return sent;
}
const statuses = (sent: Answer[]) => new Set(sent.map((a) => Math.floor(a.status / 100)));

const get = (url: string, auth?: Auth) => s.app.inject({ url, headers: auth?.headers ?? {} });
const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, auth?: Auth, payload?: object) =>
  s.app.inject({ method, url, headers: auth?.headers ?? {}, ...(payload === undefined ? {} : { payload }) });
const idOf = (res: { json(): unknown }) => (res.json() as { applicationId: string }).applicationId;

describe('real answers conform to /api/openapi.json', () => {
  it(
    'the document has no Redocly error, and every operation an operationId and a tag',
    { timeout: 60_000 },
    async () => {
      const dir = await mkdtemp(join(tmpdir(), 'ruqsat-openapi-'));
      try {
        const file = join(dir, 'openapi.json');
        await writeFile(file, JSON.stringify(doc));
        // Redocly CLI's own recommended rules; it exits non-zero on an error, so read its report.
        const { stdout } = await promisify(execFile)('node_modules/.bin/redocly', [
          'lint',
          file,
          '--format',
          'json',
          '--extends',
          'recommended',
        ]).catch((e: { stdout: string }) => e);
        const report = JSON.parse(stdout) as {
          problems: { severity: string; ruleId: string; message: string }[];
        };
        const errors = report.problems.filter((p) => p.severity === 'error');
        expect(errors.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
      for (const [path, item] of Object.entries(doc.paths))
        for (const [method, op] of Object.entries(item)) {
          expect(op.operationId, `${method} ${path}`).toBeTruthy();
          expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
        }
    },
  );

  it('catalog, calendar, identity and ops', async () => {
    const sent = await family(async () => {
      for (const url of [
        '/healthz',
        '/readyz',
        '/metrics',
        '/api/v1/health',
        '/api/v1/services',
        `/api/v1/services/${FLAG}`,
        `/api/v1/services/${FLAG}/diagram.svg`,
        `/api/v1/services/${FLAG}/diagram.bpmn`,
        `/api/v1/services/${FLAG}/units`,
        '/api/v1/calendar/add?date=2025-04-15&n=5',
        '/api/v1/calendar/years/2025',
        `/api/v1/ids/${alice}`,
        '/api/v1/services/no-such-service',
        '/api/v1/calendar/add?n=x',
        '/api/v1/nothing-here',
      ])
        await get(url);
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('auth', async () => {
    const sent = await family(async () => {
      const me = await loginApplicant(s.app, alice);
      await get('/api/v1/auth/me', me);
      await get('/api/v1/auth/me');
      await send('POST', '/api/v1/auth/challenge', undefined, {});
      await send('POST', '/api/v1/auth/eds-login', undefined, {
        challengeId: 'x'.repeat(16),
        signature: 'AA==',
      });
      await send('POST', '/api/v1/auth/login', undefined, { login: 'nobody', password: 'wrong-password' });
      await send('POST', '/api/v1/auth/logout', me);
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('applicant', async () => {
    const sent = await family(async () => {
      const me = await loginApplicant(s.app, alice);
      await get(`/api/v1/services/${FLAG}/passport`, me);
      await get('/api/v1/applicant/state-data', me);
      const created = await send('POST', '/api/v1/applications', me, { serviceId: FLAG, caseId: 'issue' });
      const id = idOf(created);
      await send('PATCH', `/api/v1/applications/${id}`, me, { form: {} });
      await get(`/api/v1/applications/${id}/content`, me);
      await s.app.inject({
        method: 'POST',
        url: `/api/v1/applications/${id}/attachments?name=a.pdf&documentId=nope`,
        headers: { ...me.headers, 'content-type': 'application/octet-stream' },
        payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
      });
      await get(`/api/v1/applications/${id}/attachments`, me);
      await get(`/api/v1/applications/${id}/attachments/none`, me);
      await submitSigned(s.app, me, id);
      await get('/api/v1/applications', me);
      await get(`/api/v1/applications/${id}`, me);
      await get(`/api/v1/applications/${id}/survey`, me);
      await send('POST', `/api/v1/applications/${id}/survey`, me, { answers: { q1: 3 } });
      await send('POST', `/api/v1/applications/${id}/objection`, me, { text: 'x' });
      await get('/api/v1/notifications', me);
      await get('/api/v1/applications/someone-elses', me);
      await send('POST', `/api/v1/applications/${id}/withdraw`, me, { reason: 'changed my mind' });
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('official', async () => {
    const sent = await family(async () => {
      const clerk = await loginOfficial(s.app, officialLogin(PAPER, 'office-clerk', s.platform));
      const intake = await send('POST', '/api/v1/official/paper-intake', clerk, {
        serviceId: PAPER,
        caseId: 'registration',
        applicant: { id: alice, type: 'individual', name: 'Сейітов Әлібек' },
      });
      const id = idOf(intake);
      await get('/api/v1/official/queue', clerk);
      await get(`/api/v1/official/cases/${id}`, clerk);
      await send('POST', `/api/v1/official/cases/${id}/commands`, clerk, {
        type: 'decide',
        decision: 'approve',
      });
      await send('POST', `/api/v1/official/cases/${id}/commands`, clerk, { type: 'no-such-command' });
      await get(`/api/v1/applications/${issued.id}/results/license`, clerk);
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('results (the applicant of an issued permit)', async () => {
    const sent = await family(async () => {
      const holder = await loginApplicant(s.app, issued.applicant);
      await get(`/api/v1/applications/${issued.id}/results/license`, holder);
      await get(`/api/v1/applications/${issued.id}/results/license/signature`, holder);
      await get(`/api/v1/applications/${issued.id}/results/refusal`, holder);
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('public', async () => {
    const sent = await family(async () => {
      await get(`/api/v1/public/permits/${issued.permitNumber}`);
      await get(`/p/${issued.permitNumber}`);
      await get(`/api/v1/public/permits?holder=${issued.applicant}`);
      await get('/api/v1/public/permits/KZ123');
      await get('/api/v1/public/permits?holder=1');
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('payment (gateway, simulator)', async () => {
    const sent = await family(async () => {
      const me = await loginApplicant(s.app, alice);
      const created = await send('POST', '/api/v1/applications', me, { serviceId: FLAG, caseId: 'issue' });
      const id = idOf(created);
      await submitSigned(s.app, me, id);
      const invoice = await send('POST', `/api/v1/applications/${id}/payment`, me);
      const invoiceId = invoice.json<{ invoiceId: string }>().invoiceId;
      await get(`/simulator/payment/${invoiceId}`);
      await send('POST', `/simulator/payment/${invoiceId}/pay?return=/cabinet`);
      await send('POST', `/simulator/payment/${invoiceId}/pay`);
      await s.app.inject({
        method: 'POST',
        url: '/api/v1/payments/callback',
        headers: { 'content-type': 'application/json', 'x-signature': 'sha256=00' },
        payload: '{}',
      });
      await get('/simulator/payment/no-such-invoice');
    });
    expect(statuses(sent)).toEqual(new Set([2, 3, 4]));
  });

  it('complaints', async () => {
    const sent = await family(async () => {
      const holder = await loginApplicant(s.app, issued.applicant);
      const filed = await send('POST', `/api/v1/applications/${issued.id}/complaints`, holder, {
        subject: 'decision',
        learnedOn: '2025-04-15',
        text: 'Шешімге шағым.',
      });
      const complaintId = filed.json<{ id: string }>().id;
      await get(`/api/v1/applications/${issued.id}/complaints`, holder);
      await get(`/api/v1/complaints/${complaintId}`, holder);
      const head = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
      await get('/api/v1/official/complaints?overdue=false', head);
      await send('POST', `/api/v1/official/complaints/${complaintId}/extend`, head, {
        workingDays: 5,
        reason: 'сараптама',
      });
      await send('POST', `/api/v1/official/complaints/${complaintId}/decide`, head, {
        outcome: 'partly-satisfied',
        text: 'Ішінара.',
      });
      await send('POST', `/api/v1/official/complaints/${complaintId}/forward`, head, { body: 'сот' });
      await send('POST', `/api/v1/official/complaints/${complaintId}/extend`, head, { workingDays: 2.5 });
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('supervisor', async () => {
    const sent = await family(async () => {
      const head = await loginOfficial(s.app, officialLogin(FLAG, 'other', s.platform));
      await get('/api/v1/supervisor/indicators', head);
      await get('/api/v1/supervisor/indicators?from=2025-05-01&to=2025-01-01', head);
      await get('/api/v1/supervisor/indicators', await loginApplicant(s.app, alice));
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('representatives', async () => {
    const sent = await family(async () => {
      const org = await loginApplicant(s.app, company);
      await send('PUT', `/api/v1/organisation/representatives/${alice}`, org, { powers: ['apply'] });
      await get('/api/v1/organisation/representatives', org);
      await send('POST', '/api/v1/auth/act-for', await loginApplicant(s.app, alice), { bin: company });
      await send('DELETE', `/api/v1/organisation/representatives/${alice}`, org);
      await get('/api/v1/organisation/representatives', await loginApplicant(s.app, alice));
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('admin', async () => {
    const sent = await family(async () => {
      const admin = await loginOfficial(s.app, 'admin');
      const provider = officialLogin(PAPER, 'x', s.platform).split('.')[0] ?? '';
      await get('/api/v1/admin/officials', admin);
      await send('PUT', '/api/v1/admin/officials/new.clerk', admin, {
        name: 'Жаңа қызметкер',
        role: 'office-clerk',
        providerId: provider,
        password: 'a-long-password-1',
      });
      await get('/api/v1/admin/overview', admin);
      await get('/api/v1/admin/catalog/versions', admin);
      await send('POST', '/api/v1/admin/catalog/validate', admin, { act: {} });
      await get('/api/v1/admin/catalog/publications', admin);
      await send('POST', '/api/v1/admin/catalog/publish?effectiveFrom=2030-01-01', admin, { act: {} });
      await get('/api/v1/admin/settings', admin);
      await send('PUT', '/api/v1/admin/settings', admin, { attachmentMaxBytes: 10 });
      await get('/api/v1/admin/providers', admin);
      await send('PUT', `/api/v1/admin/providers/${provider}/units/north`, admin, {
        name: { kk: 'Солтүстік', ru: 'Север', en: 'North' },
        region: 'north',
      });
      await get(`/api/v1/admin/providers/${provider}/units`, admin);
      await send('DELETE', `/api/v1/admin/providers/${provider}/units/north`, admin);
      await get('/api/v1/admin/access-log?limit=5', admin);
      await get('/api/v1/admin/officials');
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });

  it('demo', async () => {
    const sent = await family(async () => {
      await get('/api/v1/demo/applicants');
      await send('POST', '/api/v1/auth/demo-login', undefined, { id: '000000000000' });
    });
    expect(statuses(sent)).toEqual(new Set([2, 4]));
  });
});
