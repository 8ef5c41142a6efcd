/**
 * Picking files to upload, the same everywhere (report evidence, meeting and
 * agreement documents): a button opening the chooser, whose hidden input is the
 * test hook. The server checks every file by extension and content; the accept
 * list only helps the user.
 */
import { UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useRef } from 'react';

export const FILE_ACCEPT = '.pdf,.png,.jpg,.jpeg,.docx,.xlsx,.doc,.xls,.txt,.csv';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function FilePicker({ testId, onFiles, disabled, label }: { testId: string; onFiles: (files: File[]) => void; disabled?: boolean; label: string }) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={input}
        type="file"
        multiple
        accept={FILE_ACCEPT}
        style={{ display: 'none' }}
        data-testid={testId}
        onChange={(event) => {
          const files = Array.from(event.target.files ?? []);
          event.target.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
      <Button size="small" icon={<UploadOutlined />} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
    </>
  );
}
