/**
 * Representatives: an organisation records which of its employees may act for it and with
 * which powers; an employee logged in as themselves may then switch to acting for the
 * organisation (`apply`), the session remembering who they are. Rows in `representatives`
 * (migration 0003), the shape `checkSigningAuthority` reads.
 */
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { demoCompanies } from '../integrations/index.ts';
import type { RecordedPowers } from '../signature/roles.ts';
import type { RepresentativeRepository } from '../store/representatives.ts';
import { requireApplicantSession, sendSession, sessionOf } from './auth.ts';
import type { ServerContext } from './context.ts';
import { answers, arr, iinOrBin, noContent, powers, session, type Api } from './schemas.ts';

/** What an employee may do for the organisation: apply (drafts, submissions, objections), sign, pay, receive results. */
export const POWERS = ['apply', 'sign', 'pay', 'receive-results'] as const;

export function recordedPowers(
  representatives: RepresentativeRepository,
  bin: string,
): Promise<RecordedPowers[]> {
  return representatives.ofOrganisation(bin);
}

export function representativeRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const representatives = platform.store.repos.representatives;
  const iinParam = z.object({ iin: iinOrBin });

  /** The caller's organisation: only a session of a legal entity (its head) manages representatives. */
  const organisation = async (request: Parameters<typeof requireApplicantSession>[1]) => {
    const me = await requireApplicantSession(sessions, request);
    if (me.type !== 'legal-entity' || me.representative !== undefined)
      throw new AppError('auth.forbidden', 'not an organisation', { audience: 'organisations' });
    return me;
  };

  api.get(
    '/organisation/representatives',
    {
      schema: {
        operationId: 'listRepresentatives',
        tags: ['representatives'],
        summary: "My organisation's employees and their powers",
        response: answers(200, arr(powers)),
      },
    },
    async (request) => recordedPowers(representatives, (await organisation(request)).id),
  );

  api.put(
    '/organisation/representatives/:iin',
    {
      schema: {
        operationId: 'putRepresentative',
        tags: ['representatives'],
        summary: "Record an employee's powers",
        params: iinParam,
        body: z.object({
          powers: z
            .array(z.enum(POWERS))
            .min(1)
            .refine((p) => new Set(p).size === p.length, 'each power once'),
        }),
        response: answers(200, powers),
      },
    },
    async (request) => {
      const org = await organisation(request);
      await representatives.put(
        { bin: org.id, iin: request.params.iin, powers: request.body.powers },
        org.id,
        platform.clock.now(),
      );
      return { bin: org.id, iin: request.params.iin, powers: request.body.powers };
    },
  );

  api.delete(
    '/organisation/representatives/:iin',
    {
      schema: {
        operationId: 'deleteRepresentative',
        tags: ['representatives'],
        summary: "Withdraw an employee's powers",
        params: iinParam,
        response: noContent,
      },
    },
    async (request, reply) => {
      const org = await organisation(request);
      await representatives.delete(org.id, request.params.iin);
      return reply.status(204).send();
    },
  );

  api.post(
    '/auth/act-for',
    {
      schema: {
        operationId: 'actFor',
        tags: ['auth', 'representatives'],
        summary: 'An employee starts acting for their organisation, within the recorded power "apply"',
        body: z.object({ bin: iinOrBin }),
        response: answers(200, session),
      },
    },
    async (request, reply) => {
      const me = await requireApplicantSession(sessions, request);
      // Acting for the organisation from a demo-login session is a demo session too.
      const demo = (await sessionOf(sessions, request))?.demo ?? true;
      if (me.type === 'legal-entity')
        throw new AppError('auth.forbidden', 'already an organisation', { audience: 'individuals' });
      const granted = (await recordedPowers(representatives, request.body.bin)).find((r) => r.iin === me.id);
      if (granted === undefined || !granted.powers.includes('apply'))
        throw new AppError('signature.power_missing', `no power apply for ${request.body.bin}`, {
          iin: me.id,
          bin: request.body.bin,
          power: 'apply',
        });
      const name = demoCompanies.find((c) => c.bin === request.body.bin)?.name.kk ?? request.body.bin;
      const session = await sessions.startApplicant(
        {
          kind: 'applicant',
          id: request.body.bin,
          type: 'legal-entity',
          name,
          representative: { iin: me.id, name: me.name, powers: [...granted.powers] },
        },
        demo,
      );
      return sendSession(reply, session, ctx.secureCookies, sessions.maxAgeSeconds);
    },
  );
}
