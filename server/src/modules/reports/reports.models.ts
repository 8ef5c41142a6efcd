/**
 * Pure rules of progress reporting: reporting periods, what text is accepted,
 * and which evidence files are allowed (by extension AND by their first bytes).
 */
export type Cadence = 'monthly' | 'quarterly';

const MONTHLY = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTERLY = /^(\d{4})-Q([1-4])$/;

export function cadenceOfPeriod(period: string): Cadence | undefined {
  if (MONTHLY.test(period)) return 'monthly';
  if (QUARTERLY.test(period)) return 'quarterly';
  return undefined;
}

export const PERIOD_EXAMPLE: Record<Cadence, string> = { monthly: '2025-03', quarterly: '2025-Q1' };

/** First and last month of a period, as 'YYYY-MM' (they compare as text). */
export function monthsOf(period: string): { first: string; last: string } {
  const q = QUARTERLY.exec(period);
  if (q) {
    const end = Number(q[2]) * 3;
    return { first: `${q[1]}-${String(end - 2).padStart(2, '0')}`, last: `${q[1]}-${String(end).padStart(2, '0')}` };
  }
  return { first: period, last: period };
}

const isControl = (c: number) => c < 0x20 || c === 0x7f;

/** No control characters other than tab and line breaks, and no unpaired surrogates (PostgreSQL refuses both). */
export function isAcceptableText(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isControl(c) && c !== 0x09 && c !== 0x0a && c !== 0x0d) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}

// --- evidence files --------------------------------------------------------

export const EVIDENCE_LIMITS = { maxBytes: 20 * 1024 * 1024, maxFilesPerReport: 10 };

type Kind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx' | 'ole' | 'text';

const BY_EXTENSION: Record<string, { kind: Kind; contentType: string }> = {
  pdf: { kind: 'pdf', contentType: 'application/pdf' },
  png: { kind: 'png', contentType: 'image/png' },
  jpg: { kind: 'jpeg', contentType: 'image/jpeg' },
  jpeg: { kind: 'jpeg', contentType: 'image/jpeg' },
  docx: { kind: 'docx', contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { kind: 'xlsx', contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  doc: { kind: 'ole', contentType: 'application/msword' },
  xls: { kind: 'ole', contentType: 'application/vnd.ms-excel' },
  txt: { kind: 'text', contentType: 'text/plain' },
  csv: { kind: 'text', contentType: 'text/csv' },
};

export const ALLOWED_EXTENSIONS = Object.keys(BY_EXTENSION);

const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Office Open XML is a zip whose entry names (stored uncompressed) say what it is. */
function isOoxml(bytes: Buffer, partPrefix: string): boolean {
  return startsWith(bytes, ZIP) && bytes.includes('[Content_Types].xml') && bytes.includes(partPrefix);
}

function decodes(bytes: Buffer, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Plain text: no NUL or other control bytes but tab, line breaks and form feed; UTF-8 or GB 18030 (Excel's CSV in Chinese). */
function textCharset(bytes: Buffer): string | undefined {
  for (const b of bytes) if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return undefined;
  if (decodes(bytes, 'utf-8')) return 'utf-8';
  if (decodes(bytes, 'gb18030')) return 'gb18030';
  return undefined;
}

export type Classification =
  | { ok: true; contentType: string; extension: string }
  | { ok: false; problem: 'type' | 'content'; extension: string };

/** Accepts a file only when its extension is allowed AND its bytes are what the extension claims. */
export function classifyEvidence(fileName: string, bytes: Buffer): Classification {
  const dot = fileName.lastIndexOf('.');
  const extension = dot > 0 ? fileName.slice(dot + 1).toLowerCase() : '';
  const known = BY_EXTENSION[extension];
  if (!known) return { ok: false, problem: 'type', extension };
  const fail = { ok: false as const, problem: 'content' as const, extension };
  switch (known.kind) {
    case 'pdf':
      return startsWith(bytes, [...Buffer.from('%PDF-')]) ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'png':
      return startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'jpeg':
      return startsWith(bytes, [0xff, 0xd8, 0xff]) ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'docx':
      return isOoxml(bytes, 'word/') ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'xlsx':
      return isOoxml(bytes, 'xl/') ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'ole':
      return startsWith(bytes, OLE) ? { ok: true, contentType: known.contentType, extension } : fail;
    case 'text': {
      const charset = textCharset(bytes);
      return charset ? { ok: true, contentType: `${known.contentType}; charset=${charset}`, extension } : fail;
    }
  }
}

/** The name as stored: no directories, no control characters, NFC, at most 200 characters (the extension kept). */
export function cleanFileName(raw: string): string | undefined {
  const base = raw.split(/[/\\]/).pop() ?? '';
  const chars = [...base.normalize('NFC')].filter((ch) => !isControl(ch.codePointAt(0)!));
  const cleaned = chars.join('').trim();
  if (!cleaned || cleaned === '.' || cleaned === '..' || !isAcceptableText(cleaned)) return undefined;
  const points = [...cleaned];
  if (points.length <= 200) return cleaned;
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 10 ? [...cleaned.slice(dot)] : [];
  return [...points.slice(0, 200 - ext.length), ...ext].join('');
}

/** Content-Disposition for a download: an ASCII fallback and the real name per RFC 5987 / RFC 6266. */
export function contentDisposition(fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
