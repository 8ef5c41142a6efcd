/**
 * The Office's review of a submitted report: accept (the share takes the
 * report's percent and status) or return with a comment saying what to fix.
 */
import { CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportDetail } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { isVersionConflict } from '../../shell/errors.ts';
import { useUnsavedGuard } from '../../shell/unsaved.tsx';
import { reportsApi } from './reportsApi.ts';

export function ReviewForm({ report, onReviewed }: { report: ReportDetail; onReviewed: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [decision, setDecision] = useState<'accept' | 'return' | null>(null);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [saving, setSaving] = useState(false);
  const needsComment = decision === 'return' && !comment.trim();
  // A typed comment asks before it is lost (leaving the page, closing the tab, closing the review drawer).
  const guard = useUnsavedGuard(comment.trim() !== '');

  const submit = async () => {
    if (!decision || needsComment) return;
    setSaving(true);
    setError(undefined);
    try {
      await reportsApi.review(report.id, { decision, comment: comment.trim() || undefined, version: report.version });
      guard.release();
      void message.success(decision === 'accept' ? t('reports.review.accepted') : t('reports.review.returned'));
      onReviewed();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div data-testid="report-review" style={{ marginTop: 8, padding: 12, background: '#f7f9fc', borderRadius: 4 }}>
      {isVersionConflict(error) ? (
        <Alert
          type="warning"
          showIcon
          title={t('work.conflict.title')}
          description={t('reports.review.conflict')}
          action={
            <Button size="small" onClick={onReviewed} data-testid="version-conflict-reload">
              {t('common.reload')}
            </Button>
          }
          style={{ marginBottom: 8 }}
        />
      ) : (
        <ErrorAlert error={error} testId="report-review-error" />
      )}
      <Flex vertical gap={8}>
        <Space size={8}>
          <Button
            icon={<CheckOutlined />}
            type={decision === 'accept' ? 'primary' : 'default'}
            onClick={() => setDecision('accept')}
            aria-pressed={decision === 'accept'}
            data-testid="report-review-accept"
          >
            {t('reports.review.accept')}
          </Button>
          <Button
            icon={<RollbackOutlined />}
            danger={decision === 'return'}
            type={decision === 'return' ? 'primary' : 'default'}
            onClick={() => setDecision('return')}
            aria-pressed={decision === 'return'}
            data-testid="report-review-return"
          >
            {t('reports.review.return')}
          </Button>
        </Space>
        <Input.TextArea
          rows={2}
          maxLength={5000}
          value={comment}
          onChange={(event) => setComment(event.target.value)}
          placeholder={decision === 'return' ? t('reports.review.commentRequired') : t('reports.review.commentOptional')}
          status={decision === 'return' && needsComment && comment.length > 0 ? 'error' : undefined}
          data-testid="report-review-comment"
        />
        <div>
          <Button type="primary" disabled={!decision || needsComment} loading={saving} onClick={() => void submit()} data-testid="report-review-submit">
            {t('reports.review.submit')}
          </Button>
        </div>
      </Flex>
    </div>
  );
}
