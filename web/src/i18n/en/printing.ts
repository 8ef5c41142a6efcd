import type { Messages } from '../messages.ts';
import type { printing as zhCN } from '../zh-CN/printing.ts';

/** Printing single records as PDF (background job with progress). */
export const printing: Messages<typeof zhCN> = {
  printing: {
    button: 'Print PDF',
    supervisionSheet: 'Print the supervision sheet',
    title: 'Making the PDF',
    state: {
      queued: 'Queued…',
      loading: 'Reading the record…',
      rendering: 'Laying out the PDF…',
      done: 'The PDF is ready; downloading',
      failed: 'Failed',
    },
    docx: {
      title: 'Making the Word file',
      rendering: 'Laying out the Word file…',
      done: 'The Word file is ready; downloading',
    },
    downloaded: 'Downloaded: {{name}}',
    close: 'Close',
    retry: 'Download again',
  },
};
