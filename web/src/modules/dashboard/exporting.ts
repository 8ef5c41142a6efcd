/**
 * Chart exports made in the browser: the picture as PNG (ECharts renders it
 * from the chart instance) and the numbers behind it as an .xlsx workbook
 * (exceljs, loaded only when someone exports). No server round trip: the
 * data is what the chart shows.
 */
export interface ChartTable {
  columns: string[];
  rows: (string | number | null)[][];
}

/** A file name without characters that file systems or the download attribute refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '') || 'chart';
}

function download(href: string, fileName: string): void {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.download = fileName;
  document.body.appendChild(anchor);
  anchor.click();
  anchor.remove();
}

/** Saves a data URL (e.g. from echarts getDataURL) as a file. */
export function saveDataUrl(dataUrl: string, fileName: string): void {
  download(dataUrl, fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  download(href, fileName);
  // Revoked later: some browsers start reading the blob only after click() returns.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** Excel forbids these in sheet names and allows at most 31 characters. */
export function sheetName(title: string): string {
  return title.replace(/[*?:\\/[\]]/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

/** One sheet: a bold header row, then the rows; numbers stay numbers. */
export async function tableToXlsx(table: ChartTable, title: string): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date();
  const sheet = workbook.addWorksheet(sheetName(title));
  sheet.addRow(table.columns).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((cell) => cell ?? ''));
  sheet.columns.forEach((column, index) => {
    const widest = Math.max(...[table.columns[index] ?? '', ...table.rows.map((r) => r[index] ?? '')].map((v) => String(v).length));
    column.width = Math.min(60, Math.max(10, widest * 1.6));
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}
