import type { Messages } from '../messages.ts';
import type { documents as zhCN } from '../zh-CN/documents.ts';

/** Documents of meetings and agreements. */
export const documents: Messages<typeof zhCN> = {
  documents: {
    title: 'Documents',
    add: 'Upload',
    none: 'No documents yet',
    file: 'File',
    size: 'Size',
    uploadedBy: 'Uploaded by',
    uploadedAt: 'Uploaded',
    uploading: 'Uploading {{name}}…',
    uploaded: 'Uploaded {{name}}',
    remove: 'Remove document',
    removeConfirm: 'Remove “{{name}}”? This is recorded in the audit log.',
    titlePlaceholder: 'Title (optional; the file name otherwise)',
    hint: 'PDF, Word, Excel, image or text files, up to 20 MB each.',
    removed: 'Removed {{name}}',
  },
};
