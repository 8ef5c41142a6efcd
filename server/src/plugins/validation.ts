/**
 * Request validation with Ajv. Bodies are validated strictly (no type coercion,
 * unknown fields are errors, not silently dropped); query strings and path
 * parameters are coerced, since they arrive as text.
 *
 * One rule for every text input, whatever its schema says: no control
 * characters other than tab, line feed and carriage return, and no unpaired
 * surrogates (shared/text.ts). It applies to every string (and object key) in
 * the query, the path parameters and the JSON body, passwords included, and
 * answers 400 naming the field (rule `text`) instead of letting PostgreSQL
 * refuse the value later with a 500.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { FastifyInstance } from 'fastify';
import type { FieldError } from '../shared/errors.ts';
import { isAcceptableText } from '../shared/text.ts';

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
  refuseYearZero(ajv);
  return ajv;
}

type DateFormat = { validate: (text: string) => boolean; compare?: (a: string, b: string) => number | undefined };

/**
 * Ajv's `date` and `date-time` accept the year 0000, which PostgreSQL has not
 * (it answered "date/time field value out of range" as a 500): a format error instead.
 */
function refuseYearZero(ajv: Ajv): void {
  for (const name of ['date', 'date-time']) {
    const original = ajv.formats[name] as DateFormat;
    ajv.addFormat(name, { ...original, validate: (text: string) => !text.startsWith('0000') && original.validate(text) });
  }
}

/** A field name safe to echo: the offending characters themselves are replaced. */
const shown = (key: string) => [...key].map((ch) => (isAcceptableText(ch) ? ch : '\ufffd')).join('');

/**
 * Every string and key in `data` that breaks the text rule, as Ajv-style errors.
 * Iterative, so a deeply nested body cannot overflow the stack here.
 */
export function textErrors(data: unknown): ErrorObject[] {
  const errors: ErrorObject[] = [];
  const stack: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      if (!isAcceptableText(value)) errors.push({ keyword: 'text', instancePath: path, schemaPath: '#/text', params: {} });
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => stack.push({ value: item, path: `${path}/${i}` }));
    } else if (value !== null && typeof value === 'object' && !ArrayBuffer.isView(value)) { // an upload's bytes are not text
      for (const [key, item] of Object.entries(value)) {
        const keyPath = `${path}/${shown(key)}`;
        if (!isAcceptableText(key)) errors.push({ keyword: 'text', instancePath: keyPath, schemaPath: '#/text', params: {} });
        else stack.push({ value: item, path: keyPath });
      }
    }
  }
  return errors;
}

type Validator = ((data: unknown, context?: unknown) => boolean) & { errors?: ErrorObject[] | null; schemaEnv?: unknown };

/** The schema's validator plus the text rule; Fastify reads `errors` and `schemaEnv` from it as from Ajv's own. */
function withTextRule(validate: ValidateFunction): Validator {
  const checked: Validator = (data, context) => {
    const valid = (validate as unknown as Validator)(data, context);
    const text = textErrors(data);
    if (valid && text.length === 0) return true;
    checked.errors = [...text, ...(valid ? [] : (validate.errors ?? []))];
    return false;
  };
  checked.schemaEnv = (validate as unknown as Validator).schemaEnv;
  return checked;
}

export function installValidators(app: FastifyInstance): void {
  const strictAjv = makeAjv(false);
  const coercingAjv = makeAjv(true);
  app.setValidatorCompiler(({ schema, httpPart }) => {
    const ajv = httpPart === 'body' ? strictAjv : coercingAjv;
    return withTextRule(ajv.compile(schema)) as unknown as ReturnType<Ajv['compile']>;
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
