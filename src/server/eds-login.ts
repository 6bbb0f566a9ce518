/**
 * Login by EDS over HTTP: `POST /auth/challenge` issues a one-time challenge (kept in the
 * database, migration 0005, so any server process can check one another issued), and
 * `POST /auth/eds-login {challengeId, signature}` verifies the signature with src/signature
 * (AUTH key, trust store, revocation) and opens an applicant session for the certificate's
 * IIN/BIN. A used challenge is `signature.challenge_replayed`.
 */
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../errors/app-error.ts';
import { demoCompanies, demoPeople } from '../integrations/index.ts';
import { challengeContent, issueChallenge, login } from '../signature/challenge.ts';
import type { SignerSummary } from '../signature/verify.ts';
import { sendSession, type Principal } from './auth.ts';
import { countChallenge } from './login-limits.ts';
import type { ServerContext } from './context.ts';
import { answers, obj, session, str, type Api } from './schemas.ts';

/** Roles whose certificate speaks for the organisation itself (NCA role EKUs). */
const organisationRoles = new Set(['legal', 'head', 'right-to-sign', 'right-to-sign-financial']);

/**
 * Who a verified AUTH certificate logs in as: the organisation (BIN) for its head or holder of
 * the right to sign, else the person (IIN); an employee then acts for the organisation through
 * `/auth/act-for`, within recorded powers.
 */
export function principalOfSigner(signer: SignerSummary): Extract<Principal, { kind: 'applicant' }> {
  if (signer.bin !== null && organisationRoles.has(signer.role)) {
    const company = demoCompanies.find((c) => c.bin === signer.bin);
    return {
      kind: 'applicant',
      id: signer.bin,
      type: 'legal-entity',
      name: company?.name.kk ?? signer.subject,
    };
  }
  if (signer.iin === null)
    throw new AppError('signature.malformed', 'the certificate names no IIN', { reason: 'no IIN' });
  const person = demoPeople.find((p) => p.iin === signer.iin);
  return {
    kind: 'applicant',
    id: signer.iin,
    type: 'individual',
    name:
      person === undefined
        ? signer.subject
        : `${person.lastName} ${person.firstName} ${person.patronymic ?? ''}`.trim(),
  };
}

export function edsLoginRoutes(api: Api, ctx: ServerContext): void {
  const { platform, sessions } = ctx;
  const challenges = platform.store.repos.loginChallenges;

  api.post(
    '/auth/challenge',
    {
      bodyLimit: 1024,
      schema: {
        operationId: 'getLoginChallenge',
        tags: ['auth'],
        summary:
          'A one-time challenge to sign with the EDS AUTH key (valid 5 minutes; 30 a minute per address)',
        body: z.object({}),
        response: answers(200, obj({ challengeId: str, content: str, expiresAt: str })),
      },
    },
    async (request) => {
      await countChallenge(
        platform.store.repos.loginAttempts,
        ctx.loginLimits,
        request,
        platform.clock.now(),
      );
      const challenge = await issueChallenge(challenges, platform.clock.now(), (n) => randomBytes(n));
      return {
        challengeId: challenge.nonce,
        /** The bytes to sign (UTF-8 of the nonce), base64. */
        content: Buffer.from(challengeContent(challenge.nonce)).toString('base64'),
        expiresAt: challenge.expiresAt.toISOString(),
      };
    },
  );

  api.post(
    '/auth/eds-login',
    {
      bodyLimit: 100_000,
      schema: {
        operationId: 'edsLogin',
        tags: ['auth'],
        summary: 'Log in with a CMS signature (attached or detached) of the challenge by an AUTH key',
        body: z.object({
          challengeId: z.string().min(16).max(100),
          signature: z.string().min(1).max(65_536),
        }),
        response: answers(200, session),
      },
    },
    async (request, reply) => {
      const verification = platform.verification;
      if (verification === null)
        throw new AppError('cases.not_ready', 'no trust store', {
          reason: 'this deployment checks no signatures',
        });
      const done = await login(
        challenges,
        request.body.challengeId,
        Buffer.from(request.body.signature, 'base64'),
        {
          trust: verification.trust,
          revocation: verification.revocation,
          now: platform.clock.now(),
        },
      );
      const session = await sessions.startApplicant(principalOfSigner(done.signer), false);
      return sendSession(reply, session, ctx.secureCookies, sessions.maxAgeSeconds);
    },
  );
}
