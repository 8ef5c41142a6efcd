/**
 * Files people upload (report evidence, meeting and agreement documents): one
 * rule for what is accepted — the extension is allowed AND the first bytes are
 * what it claims — one reader of a single-file multipart upload, and one way
 * to send a file back (always as an attachment, never rendered inline).
 */
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from './errors.ts';
import { isAcceptableText, isControl } from './text.ts';

/** Largest file accepted anywhere (also the multipart limit). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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
export function classifyFile(fileName: string, bytes: Buffer): Classification {
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

/** The errors a module answers for upload problems, under its own stable codes. */
export interface UploadErrors {
  notMultipart: () => AppError;
  fileMissing: () => AppError;
  fileTooLarge: (maxMiB: number) => AppError;
  oneFile: () => AppError;
  uploadMalformed: () => AppError;
  fileName: () => AppError;
  fileEmpty: () => AppError;
  fileType: (allowed: string) => AppError;
  fileContent: (extension: string) => AppError;
}

export interface AcceptedFile {
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  bytes: Buffer;
}

/** Checks an uploaded file against the one rule (name, size, type by extension and content) and fingerprints it. */
export function acceptFile(upload: { fileName: string; bytes: Buffer }, errors: UploadErrors, maxBytes = MAX_FILE_BYTES): AcceptedFile {
  const fileName = cleanFileName(upload.fileName);
  if (!fileName) throw errors.fileName();
  if (upload.bytes.length === 0) throw errors.fileEmpty();
  if (upload.bytes.length > maxBytes) throw errors.fileTooLarge(maxBytes / 1024 / 1024);
  const kind = classifyFile(fileName, upload.bytes);
  if (!kind.ok) throw kind.problem === 'type' ? errors.fileType(ALLOWED_EXTENSIONS.join(', ')) : errors.fileContent(kind.extension);
  const sha256 = createHash('sha256').update(upload.bytes).digest('hex');
  return { fileName, contentType: kind.contentType, sizeBytes: upload.bytes.length, sha256, bytes: upload.bytes };
}

/** Reads the one file of a multipart upload (field "file"); limits become 400s naming the field `file`. */
export async function readOneUpload(request: FastifyRequest, errors: UploadErrors, maxBytes = MAX_FILE_BYTES): Promise<{ fileName: string; bytes: Buffer; fields: Record<string, string> }> {
  if (!request.isMultipart()) throw errors.notMultipart();
  let upload: { fileName: string; bytes: Buffer } | undefined;
  const fields: Record<string, string> = {};
  try {
    const parts = request.parts({ limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 10_000, parts: 12 } });
    for await (const part of parts) {
      if (part.type === 'file') upload = { fileName: part.filename, bytes: await part.toBuffer() };
      else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw errors.fileTooLarge(maxBytes / 1024 / 1024);
    if (code === 'FST_FILES_LIMIT') throw errors.oneFile();
    request.log.info({ err: error }, 'malformed upload');
    throw errors.uploadMalformed();
  }
  if (!upload) throw errors.fileMissing();
  return { ...upload, fields };
}

/** Sends a stored file as a download that the browser may not sniff, render or cache. */
export function sendAttachment(reply: FastifyReply, file: { content_type: string; size_bytes: number; file_name: string; content: Buffer }) {
  return reply
    .header('content-type', file.content_type)
    .header('content-length', file.size_bytes)
    .header('content-disposition', contentDisposition(file.file_name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(file.content);
}
