/**
 * The report as files: Word opens as a docx (its headings in Word's heading styles, a TOC field,
 * a PAGE field in the footer), LibreOffice turns it into a PDF whose Chinese text is the report's,
 * and the printed PDF (Chromium) embeds its CJK fonts. Both come from the print jobs the web asks for.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, createUser, login, type Session, type TestContext } from '../../../test/helpers.ts';
import { embeddedFonts } from '../../../test/pdf.ts';
import { makePlan, makeTask, shareOf } from '../../../test/work-fixtures.ts';
import { JobWorker } from '../jobs/jobs.worker.ts';
import { chromiumAvailable, closeBrowser } from '../printing/printing.chromium.ts';
import { printHandler } from '../printing/printing.jobs.ts';
import type { ResultsReport } from './results.schemas.ts';

const hasSoffice = (() => {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore', timeout: 30_000 });
    return true;
  } catch {
    return false;
  }
})();
const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

let ctx: TestContext;
let office: Session;
let liaison: Session;
const TITLE = '长三角生态绿色一体化发展示范区建设';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'results-docs-'));

beforeAll(async () => {
  ctx = await createTestContext();
  await createUser(ctx.database.appDb, 'doc.office', [{ role: 'office' }]);
  await createUser(ctx.database.appDb, 'doc.liaison', [{ role: 'liaison', memberCode: '320000' }]);
  ctx.clock.set('2026-03-02T01:00:00Z');
  [office, liaison] = await Promise.all([login(ctx.app, 'doc.office'), login(ctx.app, 'doc.liaison')]);
  const planId = await makePlan(ctx.deps, { code: 'DOC' });
  const taskId = await makeTask(ctx.deps, planId, { code: 'W.1', titleZh: TITLE, titleEn: 'Green demonstration zone', dueDate: '2025-06-30', leadMemberCode: '320000' });
  const share = await shareOf(ctx.deps, taskId, '320000');
  await ctx.app.inject({ method: 'PATCH', url: `/api/v1/shares/${share.id}`, headers: office.headers, payload: { version: share.version, status: 'completed', percent: 100 } });
  const saved = await ctx.app.inject({
    method: 'PUT', url: '/api/v1/results-reports/edition', headers: office.headers,
    payload: { kind: 'annual', year: 2025, forewordZh: '一体化发展取得新进展。', forewordEn: 'Integration moved on.', outlookZh: '', outlookEn: '', version: 0 },
  });
  expect(saved.statusCode, saved.body).toBe(200);
});
afterAll(async () => {
  await closeBrowser();
  await ctx.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Asks for the file as the liaison (any work role may), runs the job, downloads it. */
async function made(format: 'pdf' | 'docx', lang: 'zh-CN' | 'en' = 'zh-CN') {
  const accepted = await ctx.app.inject({ method: 'POST', url: '/api/v1/print-jobs', headers: liaison.headers, payload: { kind: 'results-annual', params: { year: '2025' }, lang, format } });
  expect(accepted.statusCode, accepted.body).toBe(202);
  await new JobWorker(ctx.deps, [printHandler], [], { id: 'results-docs' }).runDue();
  const status = await ctx.app.inject({ method: 'GET', url: accepted.json().statusUrl, headers: liaison.headers });
  expect(status.json(), status.body).toMatchObject({ state: 'done', progress: 100, format });
  const file = await ctx.app.inject({ method: 'GET', url: accepted.json().fileUrl, headers: liaison.headers });
  expect(file.statusCode).toBe(200);
  const name = path.join(dir, `report-${lang}.${format}`);
  fs.writeFileSync(name, file.rawPayload);
  return { file, name };
}

describe('the request', () => {
  it('refuses Word for a kind without it, and a bad parameter, naming the field', async () => {
    const post = (payload: object) => ctx.app.inject({ method: 'POST', url: '/api/v1/print-jobs', headers: { ...office.headers, 'accept-language': 'en' }, payload });
    const word = await post({ kind: 'task-record', params: { taskId: '00000000-0000-4000-8000-000000000000' }, format: 'docx' });
    expect(word.statusCode).toBe(400);
    expect(word.json().error.fields[0].field).toBe('format');
    const quarter = await post({ kind: 'results-quarterly', params: { year: '2025', quarter: '5' } });
    expect(quarter.statusCode).toBe(400);
    expect(quarter.json().error.fields[0].field).toBe('params.quarter');
    const member = await post({ kind: 'results-member', params: { year: '2025', memberCode: '999999' } });
    expect(member.statusCode).toBe(400);
    expect(member.json().error.fields[0].field).toBe('memberCode');
  });
});

describe('Word', () => {
  it('is a docx with styled headings, a table of contents, page numbers and the report text', async () => {
    const { file, name } = await made('docx');
    expect(file.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(String(file.headers['content-disposition'])).toContain('.docx');
    const parts = unzipSync(new Uint8Array(fs.readFileSync(name)));
    const documentXml = strFromU8(parts['word/document.xml']!);
    const stylesXml = strFromU8(parts['word/styles.xml']!);
    const footers = Object.keys(parts).filter((p) => /^word\/footer\d*\.xml$/.test(p)).map((p) => strFromU8(parts[p]!)).join('');
    expect(documentXml).toContain('<w:pStyle w:val="Heading1"/>');
    expect(documentXml).toContain('<w:pStyle w:val="Heading2"/>');
    // Word and LibreOffice know these as their built-in heading styles (Word shows 标题 1 in Chinese).
    expect(stylesXml).toMatch(/w:styleId="Heading1"><w:name w:val="[Hh]eading 1"\/>/);
    expect(stylesXml).toMatch(/w:styleId="Normal" w:default="1"><w:name w:val="Normal"\/>/);
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(footers).toMatch(/PAGE/);
    // The contents is written with its entries, not left empty until Word updates it.
    expect(documentXml).toContain('主要数据');
    expect(documentXml).toContain(TITLE);
    expect(documentXml).toContain('一体化发展取得新进展。');
  }, 60_000);

  it.skipIf(!hasSoffice || !hasPoppler)('LibreOffice turns it into a PDF whose Chinese text is the report’s', async () => {
    const { name } = await made('docx');
    const report = (await ctx.app.inject({ method: 'GET', url: '/api/v1/results-reports?kind=annual&year=2025', headers: office.headers })).json() as ResultsReport;
    execFileSync('soffice', [`-env:UserInstallation=file://${dir}/lo-profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, name], { stdio: 'ignore', timeout: 120_000 });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', name.replace(/\.docx$/, '.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [report.title, TITLE, '一体化发展取得新进展。', '滞后的任务及原因', '附录：数据所依据的记录']) expect(text).toContain(expected.replace(/\s+/g, ''));
  }, 180_000);
});

describe.skipIf(!chromiumAvailable() || !hasPoppler)('the PDF (Chromium)', () => {
  it('has the report’s Chinese text, page numbers and embedded fonts', async () => {
    const { file, name } = await made('pdf');
    expect(file.headers['content-type']).toBe('application/pdf');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', name, '-'], { encoding: 'utf8' });
    expect(text).toContain('长三角区域合作 2025 年度成果报告');
    expect(text).toContain(TITLE);
    expect(text).toContain('目录');
    expect(text).toMatch(/第\s*1\s*页/);
    const fonts = embeddedFonts(execFileSync('pdffonts', [name], { encoding: 'utf8' }));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
  }, 90_000);

  it('in English', async () => {
    const { name } = await made('pdf', 'en');
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', name, '-'], { encoding: 'utf8' });
    expect(text).toContain('Results Report 2025');
    expect(text).toContain('Green demonstration zone');
    expect(text).toMatch(/Page\s*1\s*of/);
  }, 90_000);
});
