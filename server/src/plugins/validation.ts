/**
 * Request validation with Ajv. Bodies are validated strictly (no type coercion,
 * unknown fields are errors, not silently dropped); query strings and path
 * parameters are coerced, since they arrive as text.
 */
import { Ajv, type ErrorObject } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { FieldError } from '../shared/errors.ts';

const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;

function makeAjv(coerce: boolean): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    removeAdditional: false,
    useDefaults: true,
    coerceTypes: coerce ? 'array' : false,
    strict: false,
  });
  addFormats(ajv);
  return ajv;
}

export function installValidators(app: FastifyInstance): void {
  const strictAjv = makeAjv(false);
  const coercingAjv = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
    return ajv.compile(schema) as ReturnType<Ajv['compile']>;
  });
}

/** Ajv errors → one entry per field and rule, with the parameters the messages need. */
export function fieldErrorsFromAjv(errors: ErrorObject[]): FieldError[] {
  const out: FieldError[] = [];
  const seen = new Set<string>();
  // anyOf emits an error per branch and then one for itself: keep the summary.
  const anyOfPaths = new Set(errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
  for (const error of errors) {
    const base = error.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (error.keyword !== 'anyOf' && [...anyOfPaths].some((p) => p === error.instancePath && error.schemaPath.includes('/anyOf/')))
      continue;
    const params = error.params as Record<string, unknown>;
    let field = base;
    const extra: Record<string, unknown> = {};
    switch (error.keyword) {
      case 'required':
        field = [base, params.missingProperty].filter(Boolean).join('.');
        break;
      case 'additionalProperties':
        field = [base, params.additionalProperty].filter(Boolean).join('.');
        break;
      case 'minLength':
      case 'maxLength':
      case 'minItems':
      case 'maxItems':
        extra.limit = params.limit;
        break;
      case 'minimum':
      case 'maximum':
        extra.limit = params.limit;
        break;
      case 'enum':
        extra.allowed = (params.allowedValues as unknown[]).join(', ');
        break;
      case 'type':
        extra.type = params.type;
        break;
      case 'format':
        extra.format = params.format;
        break;
      default:
        break;
    }
    const key = `${field}|${error.keyword}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ field: field || '(body)', rule: error.keyword, params: extra });
  }
  return out;
}
