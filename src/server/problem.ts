/**
 * Errors as application/problem+json (RFC 9457): a stable `code`, the HTTP status from one
 * table, and the message in the language of Accept-Language (kk, ru, en).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppError } from '../errors/app-error.ts';
import { userMessage, type ErrorCode } from '../errors/app-error.ts';
import { langs, type Lang } from '../errors/messages.ts';

const statusByCode: Partial<Record<ErrorCode, number>> = {
  'catalog.unknown_service': 404,
  'catalog.no_version_on_date': 404,
  'catalog.unknown_case': 404,
  'catalog.invalid_file': 500,
};

/** The first of kk / ru / en the request's Accept-Language names, by quality; English otherwise. */
export function requestLanguage(request: FastifyRequest): Lang {
  const query = (request.query as Record<string, unknown> | undefined)?.['lang'];
  if (typeof query === 'string' && (langs as readonly string[]).includes(query)) return query as Lang;
  const header = request.headers['accept-language'] ?? '';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', q] = part.trim().split(';q=');
      return { lang: tag.slice(0, 2).toLowerCase(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((x) => (langs as readonly string[]).includes(x.lang))
    .sort((a, b) => b.q - a.q);
  return (ranked[0]?.lang as Lang | undefined) ?? 'en';
}

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const status = statusByCode[error.code] ?? 400;
  return reply
    .status(status)
    .type('application/problem+json')
    .send({
      type: `https://ruqsat.kz/problems/${error.code}`,
      title: error.code,
      status,
      code: error.code,
      detail: userMessage(error, requestLanguage(request)),
      instance: request.url,
    });
}
