import { describe, expect, it } from 'vitest';
import { classifyFile, cleanFileName, contentDisposition } from './files.ts';
import { isAcceptableText } from './text.ts';

const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(26), ...names.map((n) => Buffer.from(n))]);
const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);

describe('text', () => {
  it('refuses control characters and unpaired surrogates, keeps tabs and line breaks', () => {
    expect(isAcceptableText('第一行\n\t第二行\r\n')).toBe(true);
    expect(isAcceptableText('a\u0000b')).toBe(false);
    expect(isAcceptableText('a\u001bb')).toBe(false);
    expect(isAcceptableText('a\ud800b')).toBe(false);
    expect(isAcceptableText('😀')).toBe(true);
  });
});

describe('file types', () => {
  it('accept each allowed type only when the bytes match the extension', () => {
    expect(classifyFile('a.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toMatchObject({ ok: true, contentType: 'image/png' });
    expect(classifyFile('a.JPG', Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toMatchObject({ ok: true, contentType: 'image/jpeg' });
    expect(classifyFile('a.jpeg', Buffer.from('%PDF-1.7'))).toMatchObject({ ok: false, problem: 'content' });
    expect(classifyFile('a.docx', zip('[Content_Types].xml', 'word/document.xml'))).toMatchObject({ ok: true });
    expect(classifyFile('a.xlsx', zip('[Content_Types].xml', 'xl/workbook.xml'))).toMatchObject({ ok: true });
    expect(classifyFile('a.xlsx', zip('[Content_Types].xml', 'word/document.xml'))).toMatchObject({ ok: false, problem: 'content' });
    expect(classifyFile('a.docx', zip('evil.js'))).toMatchObject({ ok: false, problem: 'content' });
    expect(classifyFile('a.doc', OLE)).toMatchObject({ ok: true, contentType: 'application/msword' });
    expect(classifyFile('a.xls', OLE)).toMatchObject({ ok: true, contentType: 'application/vnd.ms-excel' });
    expect(classifyFile('a.doc', zip('[Content_Types].xml', 'word/'))).toMatchObject({ ok: false, problem: 'content' });
  });

  it('take UTF-8 or GB 18030 text, never binary', () => {
    expect(classifyFile('a.txt', Buffer.from('进展说明\n'))).toMatchObject({ ok: true, contentType: 'text/plain; charset=utf-8' });
    // "江苏" in GBK, as Excel saves CSV on a Chinese system.
    expect(classifyFile('a.csv', Buffer.from([0xbd, 0xad, 0xcb, 0xd5, 0x2c, 0x34, 0x30, 0x0a]))).toMatchObject({ ok: true, contentType: 'text/csv; charset=gb18030' });
    expect(classifyFile('a.txt', Buffer.from([0x4d, 0x5a, 0x90, 0x00]))).toMatchObject({ ok: false, problem: 'content' });
  });

  it('refuse unknown and missing extensions', () => {
    expect(classifyFile('a.exe', Buffer.from('MZ'))).toMatchObject({ ok: false, problem: 'type', extension: 'exe' });
    expect(classifyFile('pdf', Buffer.from('%PDF-'))).toMatchObject({ ok: false, problem: 'type' });
    expect(classifyFile('a.html', Buffer.from('<html>'))).toMatchObject({ ok: false, problem: 'type' });
  });
});

describe('file names', () => {
  it('drop directories and control characters and keep the extension when shortened', () => {
    expect(cleanFileName('C:\\Users\\me\\报告.pdf')).toBe('报告.pdf');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\u0000b.pdf')).toBe('ab.pdf');
    expect(cleanFileName('  ')).toBeUndefined();
    expect(cleanFileName('..')).toBeUndefined();
    const long = cleanFileName(`${'长'.repeat(300)}.pdf`)!;
    expect(long).toHaveLength(200);
    expect(long.endsWith('.pdf')).toBe(true);
    expect([...cleanFileName(`${'😀'.repeat(250)}.pdf`)!]).toHaveLength(200);
  });

  it('download with an ASCII fallback and the UTF-8 name per RFC 5987', () => {
    expect(contentDisposition('长三角 "报告" (1).pdf')).toBe(
      `attachment; filename="___ ____ (1).pdf"; filename*=UTF-8''%E9%95%BF%E4%B8%89%E8%A7%92%20%22%E6%8A%A5%E5%91%8A%22%20%281%29.pdf`,
    );
  });
});
