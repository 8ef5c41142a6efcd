/**
 * Path, query and upload variants for the fuzz test: what an attacker puts in
 * a URL (control characters, huge and malformed ids, forged cursors) and in an
 * upload (broken multipart, garbage bytes).
 */
import type { Rng, Sampler, Schema } from './schema-sample.ts';

export interface Parameter {
  in: 'query' | 'path' | 'header' | 'cookie';
  name: string;
  required?: boolean;
  schema?: Schema;
}

/** Percent-encodes, lone surrogates too (as the invalid UTF-8 a raw client could send). */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...value].map((ch) => (/[\ud800-\udfff]/.test(ch) ? '%ED%A0%80' : encodeURIComponent(ch))).join('');
  }
}

/** Already-encoded path parameter values that are not what the route expects. */
export const BAD_PATH_VALUES = [
  '%01', '%00', 'a%00b', '99999999999999999999999', 'not-a-uuid', '-1', '1e308', 'x'.repeat(3000), '%ED%A0%80', '..%2F..%2Fetc%2Fpasswd',
  '%E9%95%BF%E4%B8%89%E8%A7%92', '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', '%20', 'null',
];

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Cursors no server ever issued. */
export const FORGED_CURSORS = [b64([true, false]), b64(['x', 'y']), b64([1e308, -1]), b64([{}, [], null]), b64('x'), 'bm90IGpzb24', '!!!', '%00', 'x'.repeat(5000)];

export type Query = Record<string, string | string[]>;

/** A query valid for the parameters' schemas (always the required ones; `full` adds the rest). */
export function validQuery(parameters: Parameter[], sampler: Sampler, full: boolean, rng: Rng): Query {
  const query: Query = {};
  for (const p of parameters.filter((q) => q.in === 'query')) {
    if (p.name === 'cursor') continue; // a real cursor comes only from a previous page
    if (p.required || (full && rng.next() < 0.8)) {
      const value = sampler.sample(p.schema, false, p.name);
      query[p.name] = Array.isArray(value) ? value.map(String) : String(value);
    }
  }
  return query;
}

/** Queries with one kind of bad value in each parameter (or the cursor). */
export function badQueries(parameters: Parameter[], base: Query, rng: Rng): { name: string; query: Query }[] {
  const params = parameters.filter((q) => q.in === 'query');
  if (params.length === 0) return [];
  const every = (value: (p: Parameter) => string | string[]) => ({ ...base, ...Object.fromEntries(params.map((p) => [p.name, value(p)])) });
  const out: { name: string; query: Query }[] = [];
  if (params.some((p) => p.name === 'cursor')) {
    out.push({ name: 'forged cursor [true,false]', query: { ...base, cursor: FORGED_CURSORS[0]! } });
    out.push({ name: 'garbage cursor', query: { ...base, cursor: rng.pick(FORGED_CURSORS.slice(1)) } });
  }
  out.push({ name: 'control characters', query: every(() => rng.pick(['\u0001', 'a\u0000b', '\u001b[31m', 'a\ud800'])) });
  out.push({ name: 'huge numbers', query: every((p) => (isNumeric(p) ? rng.pick(['1e308', '99999999999999999999', '-1', '0', 'NaN', 'Infinity']) : String(base[p.name] ?? '1e308'))) });
  out.push({ name: 'long and repeated', query: every(() => (rng.next() < 0.5 ? ['a', 'b', '长'.repeat(3000)] : '长'.repeat(5000))) });
  out.push({ name: 'calendar edges', query: every((p) => (isDate(p) ? rng.pick(['0000-01-01', '9999-12-31', '2025-02-30', '0000-01-01T00:00:00Z']) : String(base[p.name] ?? ''))) });
  return out;
}

const isNumeric = (p: Parameter) => ['integer', 'number'].includes(String(p.schema?.type)) || /limit|year|version|level/i.test(p.name);
const isDate = (p: Parameter) => p.schema?.format === 'date' || p.schema?.format === 'date-time' || /^(from|to|due|period)/i.test(p.name);

export function queryString(query: Query): string {
  const parts = Object.entries(query).flatMap(([name, value]) => [value].flat().map((v) => `${encode(name)}=${encode(v)}`));
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export interface RawBody {
  name: string;
  contentType: string;
  payload: Buffer | string;
}

function multipart(parts: { name: string; filename?: string; type?: string; data: Buffer | string }[], boundary = 'fuzzBoundary7'): Buffer {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename !== undefined ? `; filename="${part.filename}"` : ''}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`, 'utf8'));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8'));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const garbage = (rng: Rng, size: number) => Buffer.from(Array.from({ length: size }, () => rng.int(0, 255)));

/** Malformed and odd multipart uploads (one `file` part is what the routes read). */
export function multipartBodies(rng: Rng): RawBody[] {
  const type = 'multipart/form-data; boundary=fuzzBoundary7';
  return [
    { name: 'multipart: not multipart at all', contentType: type, payload: 'not multipart' },
    { name: 'multipart: no boundary', contentType: 'multipart/form-data', payload: multipart([{ name: 'file', filename: 'a.pdf', data: 'x' }]) },
    { name: 'multipart: unterminated', contentType: type, payload: multipart([{ name: 'file', filename: 'a.pdf', data: garbage(rng, 64) }]).subarray(0, 70) },
    { name: 'multipart: no file part', contentType: type, payload: multipart([{ name: 'note', data: 'hello' }]) },
    { name: 'multipart: garbage file, odd name', contentType: type, payload: multipart([{ name: 'file', filename: `${'长'.repeat(600)}\u0001.pdf`, type: 'application/x-msdownload', data: garbage(rng, 512) }]) },
    { name: 'multipart: two files, empty', contentType: type, payload: multipart([{ name: 'file', filename: '', data: '' }, { name: 'file', filename: 'b.png', type: 'image/png', data: garbage(rng, 16) }]) },
  ];
}

/** Raw file uploads (the .xlsx imports): empty, garbage, a truncated zip, JSON. */
export function rawUploadBodies(contentType: string, rng: Rng): RawBody[] {
  return [
    { name: 'upload: empty', contentType, payload: Buffer.alloc(0) },
    { name: 'upload: garbage', contentType, payload: garbage(rng, 2048) },
    { name: 'upload: truncated zip', contentType, payload: Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0000\u0000\u0008\u0000'), garbage(rng, 200)]) },
    { name: 'upload: JSON instead', contentType: 'application/json', payload: '{"file":"x"}' },
  ];
}
