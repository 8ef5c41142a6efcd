/**
 * The one error handler: every failure leaves as
 * `{ error: { code, message, fields? } }` in the caller's language. Unexpected
 * errors are logged with their stack and answered with a bare 500.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorObject } from 'ajv';
import { hasMessage, translate, type Locale } from '../i18n/messages.ts';
import { AppError, type FieldError } from '../shared/errors.ts';
import { fieldErrorsFromAjv } from './validation.ts';

function messageForField(locale: Locale, field: FieldError): string {
  const ruleKey = field.rule.includes('.') ? field.rule : `validation.rule.${field.rule}`;
  const key = hasMessage(ruleKey) ? ruleKey : 'validation.rule.other';
  return translate(locale, key, { field: field.field, rule: field.rule, ...(field.params ?? {}) });
}

function send(reply: FastifyReply, locale: Locale, error: AppError) {
  const fields = error.fields?.map((f) => ({ field: f.field, rule: f.rule, message: messageForField(locale, f) }));
  let message = translate(locale, error.code, error.params);
  if (error.code === 'validation.failed' && fields && fields.length > 0) {
    message = translate(locale, 'validation.failed', { count: fields.length, first: fields[0]!.message });
  }
  return reply.status(error.statusCode).send({
    error: {
      code: error.code,
      message,
      ...(fields ? { fields } : {}),
      ...(error.details ? { details: error.details } : {}),
    },
  });
}

/**
 * The database cannot be reached or is restarting (connection refused or cut,
 * server shutting down or starting up): a 503 the client may retry, not a 500.
 */
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', '57P01', '57P02', '57P03']);
function databaseUnavailable(error: { code?: string; message?: string }): boolean {
  if (error.code && (UNAVAILABLE_CODES.has(error.code) || error.code.startsWith('08'))) return true;
  return /^Connection terminated|^Client has encountered a connection error/.test(error.message ?? '');
}

/** Maps framework and driver errors we expect onto our codes. */
function toAppError(error: FastifyError & { validation?: ErrorObject[] }, request: FastifyRequest): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error.validation) {
    const context = (error as { validationContext?: string }).validationContext;
    const fields = fieldErrorsFromAjv(error.validation).map((f) =>
      context && context !== 'body' ? { ...f, field: f.field === '(body)' ? context : f.field } : f,
    );
    return new AppError(400, 'validation.failed', {}, fields);
  }
  switch (error.code) {
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError(415, 'common.unsupported_media_type', { contentType: request.headers['content-type'] ?? '-' });
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError(413, 'common.payload_too_large');
    default:
      break;
  }
  if (error.statusCode === undefined && databaseUnavailable(error)) return new AppError(503, 'common.unavailable');
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    return new AppError(status, status === 429 ? 'common.too_many_requests' : 'common.bad_request', {
      detail: error.message,
    });
  }
  return undefined;
}

export function installErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError) return send(reply, request.locale, appError);
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, request.locale, new AppError(500, 'common.internal'));
  });
}

export function apiNotFound(request: FastifyRequest, reply: FastifyReply) {
  return send(reply, request.locale, new AppError(404, 'common.route_not_found', { method: request.method, url: request.url.split('?')[0] }));
}
