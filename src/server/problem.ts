/**
 * Errors as application/problem+json (RFC 9457): a stable `code`, the HTTP status from one
 * table, and the message in the language of Accept-Language (kk, ru, en).
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, userMessage, type ErrorCode } from '../errors/app-error.ts';
import { langs, type Lang } from '../errors/messages.ts';

// Every code, in the order of messages.ts: a new code does not compile until it has its status.
// 401 who-are-you, 403 not-yours, 404 no-such-thing, 409 not-now (state), 415 wrong file type,
// 422 well-formed but refused (signatures, rules), 503 a dependency is down.
const statusByCode: Record<ErrorCode, number> = {
  'calendar.invalid_date': 400,
  'calendar.out_of_range': 422,
  'calendar.invalid_amount': 400,
  'calendar.invalid_schedule': 400,
  'calendar.invalid_instant': 400,
  'money.no_mci': 422,
  'money.invalid_amount': 400,
  'catalog.invalid_file': 500,
  'catalog.unknown_service': 404,
  'catalog.no_version_on_date': 404,
  'catalog.unknown_case': 404,
  'store.conflict': 409,
  'store.migration_changed': 503,
  'store.locked': 503,
  'store.unavailable': 503,
  'store.server_unreachable': 503,
  'store.embedded_unreachable': 503,
  'store.embedded_unavailable': 503,
  'cases.not_found': 404,
  'cases.already_exists': 409,
  'cases.visit_not_found': 404,
  'cases.visit_time_order': 422,
  'cases.visit_wrong_state': 409,
  'cases.wrong_status': 409,
  'cases.forbidden_role': 403,
  'cases.not_applicant': 403,
  'cases.wrong_provider': 403,
  'cases.not_current_step': 409,
  'cases.unknown_branch': 404,
  'cases.unknown_ground': 404,
  'cases.ground_kind': 400,
  'cases.completeness_window_passed': 409,
  'cases.completeness_step': 409,
  'cases.completeness_settled': 409,
  'cases.decision_step_not_reached': 409,
  'cases.hearing_required': 409,
  'cases.preliminary_too_late': 409,
  'cases.objection_window_open': 409,
  'cases.before_registration': 409,
  'cases.objection_window_closed': 409,
  'cases.ground_not_in_preliminary': 422,
  'cases.payment_required': 409,
  'cases.payment_amount': 422,
  'cases.channel_not_offered': 422,
  'cases.applicant_type_not_allowed': 403,
  'cases.permit_required': 422,
  'cases.ground_required': 422,
  'cases.permit_not_usable': 409,
  'cases.not_ready': 409,
  'cases.no_clock_stop': 422,
  'cases.invalid_input': 400,
  'integrations.invalid_id': 400,
  'integrations.not_an_iin': 400,
  'integrations.not_a_bin': 400,
  'integrations.individuals_unavailable': 503,
  'integrations.legal_entities_unavailable': 503,
  'integrations.criminal_records_unavailable': 503,
  'integrations.tax_unavailable': 503,
  'payment.invalid_request': 400,
  'payment.zero_amount': 400,
  'payment.bad_signature': 401,
  'payment.malformed_callback': 400,
  'payment.unknown_invoice': 404,
  'payment.amount_mismatch': 409,
  // The gateway retries until it gets an answer: a replay is acknowledged so it stops.
  'payment.replayed': 200,
  'payment.already_paid': 409,
  'notifications.invalid_message': 400,
  'monitoring.invalid_stage': 400,
  'monitoring.unavailable': 503,
  'registry.invalid_number': 400,
  'registry.invalid_holder': 400,
  'registry.invalid_command': 400,
  'registry.already_in_registry': 409,
  'registry.permit_terminated': 409,
  'registry.permit_superseded': 409,
  'registry.permit_suspended': 409,
  'registry.already_suspended': 409,
  'registry.not_suspended': 409,
  'registry.suspension_not_future': 422,
  'registry.same_number': 409,
  'registry.appendix_exists': 409,
  'registry.unknown_appendix': 404,
  'registry.appendix_not_active': 409,
  'cases.signature_invalid': 422,
  'cases.signature_required': 422,
  'cli.usage': 400,
  // Raised at start, before any request: no client ever sees it.
  'config.production_refused': 500,
  'signature.malformed': 400,
  'signature.unsupported_algorithm': 422,
  'signature.timestamp_invalid': 422,
  'signature.partial_reference': 422,
  'signature.content_missing': 422,
  'signature.content_mismatch': 422,
  'signature.content_substituted': 422,
  'signature.invalid_signature': 422,
  'signature.untrusted_chain': 422,
  'signature.cert_expired': 422,
  'signature.cert_not_yet_valid': 422,
  'signature.signing_time_future': 422,
  'signature.revoked_crl': 422,
  'signature.revoked_ocsp': 422,
  'signature.revocation_unavailable': 503,
  'signature.key_usage': 422,
  'signature.iin_missing': 422,
  'signature.iin_invalid': 422,
  'signature.iin_mismatch': 422,
  'signature.bin_mismatch': 422,
  'signature.role_not_allowed': 422,
  'signature.power_missing': 403,
  'signature.challenge_unknown': 401,
  'signature.challenge_expired': 401,
  'signature.challenge_replayed': 401,
  'signature.key_unreadable': 400,
  'signature.wrong_password': 400,
  'pki.not_initialized': 503,
  'pki.already_initialized': 409,
  'document.not_available': 409,
  'document.invalid_kind': 400,
  'document.unknown': 404,
  'appeal.late': 422,
  'appeal.wrong_status': 409,
  'appeal.extension_too_long': 422,
  'appeal.not_extendable': 409,
  'appeal.not_found': 404,
  'appeal.no_terms': 409,
  'appeal.unknown': 404,
  'pki.unknown_certificate': 404,
  'pki.invalid_id': 400,
  'pki.trust_file_unreadable': 503,
  'auth.required': 401,
  'auth.invalid_credentials': 401,
  'auth.csrf': 403,
  'auth.forbidden': 403,
  'auth.unknown_demo_person': 404,
  // 423: the account, not the caller's rate, is what stops the login.
  'auth.too_many_attempts': 429,
  'auth.account_locked': 423,
  'auth.password_length': 422,
  'auth.password_common': 422,
  'auth.password_context': 422,
  'server.invalid_request': 400,
  'server.invalid_text': 400,
  'server.too_deep': 400,
  'server.idempotency_key_reused': 422,
  'server.not_found': 404,
  'server.rate_limited': 429,
  'server.body_too_large': 413,
  'server.web_not_built': 503,
  'server.demo_in_production': 500,
  'attachments.type_not_allowed': 415,
  'attachments.unknown_document': 422,
  'attachments.failure_report_incomplete': 422,
  'attachments.screenshot_not_image': 415,
  'attachments.failure_report_unknown': 404,
  'attachments.failure_report_closed': 409,
  'attachments.empty': 400,
  'attachments.invalid_name': 400,
  'attachments.too_many': 422,
  'attachments.total_too_large': 413,
  'results.not_available': 409,
  'admin.invalid_setting': 400,
  'admin.unknown_provider': 404,
  'admin.unknown_unit': 400,
  'admin.unit_in_use': 409,
  'admin.last_admin': 409,
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
  const status = statusByCode[error.code];
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

/**
 * Fastify's error handler: an AppError as its problem; a body over the limit and a request its
 * schema refuses as theirs; anything else as a bare problem with its status (500 logged).
 */
export function problemHandler(bodyLimit: number) {
  return (error: FastifyError | Error, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) return sendProblem(request, reply, error);
    if ((error as { code?: string }).code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendProblem(
        request,
        reply,
        new AppError('server.body_too_large', error.message, {
          limit: request.routeOptions.bodyLimit ?? bodyLimit,
        }),
      );
    if ((error as { validation?: unknown }).validation !== undefined)
      return sendProblem(
        request,
        reply,
        new AppError('server.invalid_request', error.message, { reason: error.message }),
      );
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500) request.log.error(error);
    return reply
      .status(status)
      .type('application/problem+json')
      .send({ type: 'about:blank', title: status >= 500 ? 'Internal error' : error.message, status });
  };
}
