import type { Messages } from '../messages.ts';
import type { excel as zhCN } from '../zh-CN/excel.ts';

/** Excel import and export of tasks. */
export const excel: Messages<typeof zhCN> = {
  excel: {
    export: {
      button: 'Export to Excel',
      doneRows: '{{count}} rows exported',
      truncatedRows: 'The first {{count}} rows were exported (over the export limit: narrow the filters)',
    },
    import: {
      button: 'Import from Excel',
      title: 'Import tasks from Excel',
      plan: 'Into plan',
      planPlaceholder: 'Choose a plan',
      template: 'Download template',
      file: 'Excel file (.xlsx)',
      fileHint: "Fill in the plan's import template; members, areas and bodies can be picked from its drop-down lists.",
      mode: 'Mode',
      modes: {
        all_or_nothing: 'All or nothing',
        all_or_nothingHint: 'if any row has an error, no row is imported',
        valid_rows_only: 'Only valid rows',
        valid_rows_onlyHint: 'rows with errors are skipped, the rest imported',
      },
      dryRun: 'Validate only, import nothing',
      submit: 'Upload and import',
      validate: 'Upload and validate',
      uploading: 'Uploading…',
      background: 'A large file: it is processed in the background. Keep this dialog open to follow it.',
      states: { queued: 'Queued', validating: 'Validating', importing: 'Importing', done: 'Done', failed: 'Failed' },
      failed: 'The import failed',
      done: '{{count}} of {{total}} rows imported',
      dryRunDone: 'Validated: {{valid}} of {{total}} rows are correct; nothing was written',
      rejected: '{{count}} errors: nothing was imported. Fix the rows below and upload again.',
      rejected_one: '{{count}} error: nothing was imported. Fix the row below and upload again.',
      totalRows: 'Rows',
      validRows: 'Valid rows',
      imported: 'Imported',
      errorCount: 'Errors',
      warnings: 'About the columns',
      again: 'Import another',
      close: 'Done',
    },
    errors: { row: 'Row', column: 'Column', rule: 'Rule', message: 'Message', value: 'Value' },
  },
};
