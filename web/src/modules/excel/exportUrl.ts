/** The address of a list export with the filters now on screen. */
export type ExportQuery = Record<string, string | number | boolean | string[] | null | undefined>;

/** Empty values are left out; `false` is sent (implemented=false is a filter); arrays repeat the key. */
export function exportUrl(path: string, query: ExportQuery = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) params.append(key, item);
    else if (value !== undefined && value !== null && value !== '') params.set(key, String(value).trim());
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** "/api/v1/meetings/export.xlsx" → "meetings-export" (the test id the journeys use; "excel/tasks-export" → "tasks-export"). */
export function exportTestId(path: string): string {
  const parts = path.split('?')[0]!.split('/').filter(Boolean);
  const last = parts.at(-1) ?? 'list';
  return last.startsWith('export') ? `${parts.at(-2) ?? 'list'}-export` : last;
}
