/**
 * The supervision board in miniature: focus areas × members, each cell
 * coloured by the board's rule and opening the same task list as on the full
 * board. Counts come from the board API (kept by triggers, cheap to read).
 */
import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { BoardCell, BoardColour } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { supervisionApi } from '../supervision/supervisionApi.ts';
import { areaLabel } from '../tasks/labels.ts';
import { taskListPath } from '../tasks/taskFilters.ts';

const CELL: Record<BoardColour, { background: string; border: string; text: string }> = {
  red: { background: '#fff1f0', border: '#ffa39e', text: '#a8071a' },
  yellow: { background: '#fffbe6', border: '#ffe58f', text: '#874d00' },
  green: { background: '#f6ffed', border: '#b7eb8f', text: '#237804' },
  empty: { background: '#fafafa', border: '#f0f0f0', text: '#8c8c8c' },
};

export function MiniBoard() {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const board = useApi((signal) => supervisionApi.board(undefined, signal), 'dashboard-board');
  const data = board.data;
  const cells = new Map((data?.cells ?? []).map((c) => [`${c.areaId ?? 'none'}:${c.memberCode}`, c]));
  const open = (cell: BoardCell) =>
    navigate(taskListPath({ areaId: cell.filters.areaId, memberCode: cell.filters.memberCode, memberRole: 'any', flag: cell.filters.flag ?? undefined }));

  return (
    <Card
      size="small"
      className="yrd-chart-card"
      title={
        <Typography.Title level={2} style={{ fontSize: 15, margin: 0 }}>
          {t('dashboard.board.title')}
        </Typography.Title>
      }
      extra={
        <Link to="/supervision/board" className="yrd-no-print">
          {t('dashboard.board.open')}
        </Link>
      }
      data-testid="dashboard-board"
    >
      <ErrorAlert error={board.error} />
      {!data ? (
        !board.error && <Skeleton active />
      ) : (
        <div style={{ overflowX: 'auto' }}>
          <table style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 2, fontSize: 12 }}>
            <thead>
              <tr>
                <th style={{ textAlign: 'start', fontWeight: 400 }}>
                  <span className="yrd-sr-only">{t('board.area')}</span>
                </th>
                {data.members.map((m) => (
                  <th key={m.code} scope="col" style={{ fontWeight: 600 }}>
                    {locale === 'en' ? m.shortEn : m.shortZh || m.nameZh}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.areas.map((area) => {
                const label = area.id ? areaLabel(area, locale) : t('board.noArea');
                return (
                  <tr key={area.id ?? 'none'}>
                    <th scope="row" style={{ textAlign: 'start', fontWeight: 400, maxWidth: 180, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={label}>
                      {label}
                    </th>
                    {data.members.map((m) => {
                      const cell = cells.get(`${area.id ?? 'none'}:${m.code}`);
                      if (!cell) return <td key={m.code} />;
                      const style = CELL[cell.colour];
                      const name = locale === 'en' ? m.shortEn : m.nameZh;
                      return (
                        <td key={m.code}>
                          <button
                            type="button"
                            disabled={cell.total === 0}
                            onClick={() => open(cell)}
                            aria-label={t('dashboard.board.cellLabel', { area: label, member: name, total: cell.total, red: cell.red, yellow: cell.yellow })}
                            data-testid={`mini-board-${area.code ?? 'none'}-${m.code}`}
                            data-colour={cell.colour}
                            style={{
                              width: '100%',
                              minWidth: 36,
                              height: 28,
                              border: `1px solid ${style.border}`,
                              borderRadius: 3,
                              background: style.background,
                              color: style.text,
                              cursor: cell.total > 0 ? 'pointer' : 'default',
                              font: 'inherit',
                              fontWeight: 600,
                            }}
                          >
                            {cell.total}
                          </button>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
          </table>
          <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
            {locale === 'en' ? data.rule.en : data.rule.zh}
          </Typography.Paragraph>
        </div>
      )}
    </Card>
  );
}
