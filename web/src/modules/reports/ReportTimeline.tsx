/**
 * Every report of a task, per share, newest first: each revision with its
 * state, text, evidence and review. What the caller may do is decided by the
 * server (`editable`, `reviewable`); returned reports show their comment and,
 * for the member, the way to revise.
 */
import { EditOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Space, Tag, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ReportDetail, ReviewState, Share } from '../../api/types.ts';
import { formatDateTime } from '../../shell/format.ts';
import { useWorkNames } from '../tasks/MemberTags.tsx';
import { ReviewStateTag, WorkStatusTag } from '../tasks/WorkTags.tsx';
import { EvidenceList, EvidencePicker, useEvidenceUpload } from './Evidence.tsx';
import { ReviewForm } from './ReviewForm.tsx';

const DOT: Record<ReviewState, string> = { submitted: 'blue', accepted: 'green', returned: 'orange', superseded: 'gray' };

interface Props {
  reports: ReportDetail[];
  shares: Share[];
  timeZone: string;
  onChanged: () => void;
  onRevise: (report: ReportDetail) => void;
}

function ReportItem({ report, timeZone, onChanged, onRevise }: { report: ReportDetail; timeZone: string; onChanged: () => void; onRevise: (r: ReportDetail) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const evidence = useEvidenceUpload();
  const open = report.state === 'submitted' || (report.state === 'returned' && report.nextReportId === null);

  const addEvidence = async (files: File[]) => {
    const failed = await evidence.upload(report.id, files);
    for (const f of failed) void message.error(`${f.file.name}: ${f.error}`);
    onChanged();
  };

  return (
    <div data-testid={`report-${report.state}`} data-state={report.state} data-report-id={report.id} data-period={report.period}>
      <Flex gap={8} wrap align="center">
        <Typography.Text strong>{report.period}</Typography.Text>
        {report.revision > 1 && <Tag>{t('reports.revision', { n: report.revision })}</Tag>}
        <ReviewStateTag state={report.state} />
        <WorkStatusTag status={report.status} />
        <Typography.Text>{report.percent}%</Typography.Text>
        <Typography.Text type="secondary">
          {t('reports.submittedBy', { time: formatDateTime(report.submittedAt, timeZone), user: report.submittedBy ?? '—' })}
        </Typography.Text>
      </Flex>
      {/* Plain text as the member wrote it: line breaks kept, never interpreted as markup. */}
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '6px 0' }} data-testid="report-body">
        {report.body}
      </Typography.Paragraph>
      <EvidenceList evidence={report.evidence} removable={report.editable && open} onChanged={onChanged} />
      {report.reviewedAt && (
        <Typography.Paragraph type="secondary" style={{ margin: '6px 0 0' }} data-testid="report-review-note">
          {t('reports.reviewedBy', { time: formatDateTime(report.reviewedAt, timeZone), user: report.reviewedBy ?? '—' })}
        </Typography.Paragraph>
      )}
      {report.comment && (
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '2px 0 0' }} type={report.state === 'returned' ? 'warning' : undefined} data-testid="report-comment">
          {t('reports.commentLine', { comment: report.comment })}
        </Typography.Paragraph>
      )}
      {(report.editable && open) || report.reviewable ? (
        <Space size={8} style={{ marginTop: 6 }} wrap>
          {report.editable && open && (
            <EvidencePicker testId="evidence-add" onFiles={(files) => void addEvidence(files)} disabled={evidence.busy} />
          )}
          {report.editable && report.state === 'returned' && report.nextReportId === null && (
            <Button size="small" type="primary" icon={<EditOutlined />} onClick={() => onRevise(report)} data-testid="report-revise">
              {t('reports.revise')}
            </Button>
          )}
        </Space>
      ) : null}
      {evidence.bar}
      {report.reviewable && <ReviewForm report={report} onReviewed={onChanged} />}
    </div>
  );
}

export function ReportTimeline({ reports, shares, timeZone, onChanged, onRevise }: Props) {
  const { t } = useTranslation();
  const { member } = useWorkNames();
  if (reports.length === 0) {
    return (
      <div data-testid="report-timeline">
        <Empty description={t('reports.none')} />
      </div>
    );
  }
  // Shares in the table's order (lead first); a report of a removed share still shows.
  const order = [...shares.map((s) => s.memberCode), ...reports.map((r) => r.memberCode)];
  const members = [...new Set(order)].filter((code) => reports.some((r) => r.memberCode === code));
  return (
    <Flex vertical gap={12} data-testid="report-timeline">
      {members.map((code) => (
        <Card key={code} size="small" title={member(code)} data-testid={`report-share-${code}`}>
          <Timeline
            items={reports
              .filter((r) => r.memberCode === code)
              .map((report) => ({
                key: report.id,
                color: DOT[report.state],
                content: <ReportItem report={report} timeZone={timeZone} onChanged={onChanged} onRevise={onRevise} />,
              }))}
          />
        </Card>
      ))}
    </Flex>
  );
}
