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
  'calendar.out_of_range': 422,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.csrf': 403,
  'auth.forbidden': 403,
  'auth.unknown_demo_person': 404,
  'server.invalid_request': 400,
  'server.invalid_text': 400,
  'server.too_deep': 400,
  'server.not_found': 404,
  'server.rate_limited': 429,
  'server.body_too_large': 413,
  'store.conflict': 409,
  'store.locked': 503,
  'store.unavailable': 503,
  'store.embedded_unavailable': 503,
  'cases.not_found': 404,
  'cases.already_exists': 409,
  'cases.wrong_status': 409,
  'cases.forbidden_role': 403,
  'cases.not_applicant': 403,
  'cases.wrong_provider': 403,
  'cases.not_current_step': 409,
  'cases.completeness_window_passed': 409,
  'cases.objection_window_open': 409,
  'cases.objection_window_closed': 409,
  'cases.before_registration': 409,
  'cases.payment_required': 409,
  'cases.not_ready': 409,
  'cases.invalid_input': 400,
  'appeal.unknown': 404,
  'appeal.not_found': 404,
  'appeal.wrong_status': 409,
  'appeal.late': 422,
  'appeal.extension_too_long': 422,
  'appeal.no_terms': 409,
  'appeal.not_extendable': 409,
  'payment.bad_signature': 401,
  'payment.malformed_callback': 400,
  'payment.unknown_invoice': 404,
  'payment.amount_mismatch': 409,
  'payment.already_paid': 409,
  // The gateway retries until it gets an answer: a replay is acknowledged so it stops.
  'payment.replayed': 200,
  'registry.invalid_number': 400,
  'signature.power_missing': 403,
  'results.not_available': 409,
  'store.migration_changed': 503,
  'admin.invalid_setting': 400,
  'admin.unknown_provider': 404,
  'admin.unknown_unit': 400,
  'admin.unit_in_use': 409,
  'catalog.publish_invalid': 400,
  'catalog.effective_date_past': 400,
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
