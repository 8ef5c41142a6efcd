/**
 * The supervision board: focus areas × members. Each cell counts the tasks in
 * which the member holds a share, by the worst open flag the member has on
 * them; its colour follows the published rule. The board answers with counts
 * only: a cell opens the task list with the filters of its colour (the red
 * tasks of a red cell, the yellow-only ones of a yellow cell, every task of a
 * green one), so every figure leads to its records.
 */
import { RadarChartOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Select, Skeleton, Space, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import type { Board, BoardCell } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { plansApi } from '../plans/plansApi.ts';
import { WORK_ACCESS } from '../tasks/access.ts';
import { areaLabel, planOptions } from '../tasks/labels.ts';
import { taskListPath } from '../tasks/taskFilters.ts';
import { BoardMemberTabs } from './BoardMemberTabs.tsx';
import { CELL } from './boardColours.ts';
import { supervisionApi } from './supervisionApi.ts';
import { PHONE, useMediaQuery } from './useMediaQuery.ts';

function cellKey(areaId: string | null, memberCode: string) {
  return `${areaId ?? 'none'}:${memberCode}`;
}

function Cell({ cell, areaCode, onOpen }: { cell: BoardCell | undefined; areaCode: string; onOpen: (cell: BoardCell) => void }) {
  const { t } = useTranslation();
  if (!cell) return <td />;
  const style = CELL[cell.colour];
  const clickable = cell.total > 0;
  return (
    <td style={{ padding: 4 }}>
      <Tooltip title={clickable ? t('board.cellHint', { total: cell.total, red: cell.red, yellow: cell.yellow, none: cell.none }) : t('board.emptyCell')}>
        <button
          type="button"
          disabled={!clickable}
          onClick={() => onOpen(cell)}
          data-testid={`board-cell-${areaCode}-${cell.memberCode}`}
          data-colour={cell.colour}
          data-total={cell.total}
          style={{
            width: '100%',
            minHeight: 56,
            border: `1px solid ${style.border}`,
            borderRadius: 4,
            background: style.background,
            color: style.text,
            cursor: clickable ? 'pointer' : 'default',
            font: 'inherit',
          }}
        >
          <div style={{ fontSize: 18, fontWeight: 600 }}>{cell.total}</div>
          {clickable && (
            <div style={{ fontSize: 12 }}>
              {t('board.counts', { red: cell.red, yellow: cell.yellow, none: cell.none })}
            </div>
          )}
        </button>
      </Tooltip>
    </td>
  );
}

function Grid({ board, onOpen }: { board: Board; onOpen: (cell: BoardCell) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const cells = new Map(board.cells.map((c) => [cellKey(c.areaId, c.memberCode), c]));
  return (
    // On a phone the grid scrolls sideways inside the card (a focusable region, see shell/useScrollRegions), the area column stays put.
    <div style={{ overflowX: 'auto' }} data-scroll-region>
      <table data-testid="board-grid" style={{ width: '100%', borderCollapse: 'separate', borderSpacing: 0, minWidth: 720 }}>
        <thead>
          <tr>
            <th style={{ textAlign: 'start', padding: 8, width: '34%' }}>{t('board.area')}</th>
            {board.members.map((m) => (
              <th key={m.code} style={{ padding: 8, fontWeight: 600 }}>
                {locale === 'en' ? m.shortEn : m.nameZh}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {board.areas.map((area) => (
            <tr key={area.id ?? 'none'}>
              <th scope="row" style={{ textAlign: 'start', padding: 8, fontWeight: 400, position: 'sticky', insetInlineStart: 0, background: '#fff', zIndex: 1 }}>
                {area.id ? areaLabel(area, locale) : t('board.noArea')}
              </th>
              {board.members.map((m) => (
                <Cell key={m.code} cell={cells.get(cellKey(area.id, m.code))} areaCode={area.code ?? 'none'} onOpen={onOpen} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export default function BoardPage() {
  const { t } = useTranslation();
  const locale = useLocale();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const planId = params.get('planId') ?? undefined;
  const plans = useApi((signal) => plansApi.all(signal), 'plans');
  const board = useApi((signal) => supervisionApi.board(planId, signal), `board:${planId ?? ''}`);
  const [scanning, setScanning] = useState(false);
  // On a phone one member at a time (tabs) instead of the wide grid scrolling in its box.
  const phone = useMediaQuery(PHONE);

  const scan = async () => {
    setScanning(true);
    try {
      const result = await supervisionApi.scan();
      void message.success(t('board.scanDone', { ...result }));
      board.reload();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
    } finally {
      setScanning(false);
    }
  };

  // The board carries counts only; the cell's tasks are the task list under the cell's filters.
  const open = (cell: BoardCell) =>
    navigate(
      taskListPath({
        planId: cell.filters.planId ?? undefined,
        areaId: cell.filters.areaId,
        memberCode: cell.filters.memberCode,
        memberRole: 'any',
        flag: cell.filters.flag ?? undefined,
      }),
    );

  return (
    <>
      <PageHeader
        title={t('board.title')}
        description={t('board.description')}
        extra={
          hasRole(user, ...WORK_ACCESS.manage) && (
            <Button type="primary" icon={<RadarChartOutlined />} loading={scanning} onClick={() => void scan()} data-testid="board-scan">
              {t('board.scan')}
            </Button>
          )
        }
      />
      <Card size="small">
        <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
          <Select<string>
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={t('board.allPlans')}
            aria-label={t('board.allPlans')}
            style={{ width: 320, maxWidth: '100%' }}
            value={planId}
            onChange={(value) => setParams(value ? { planId: value } : {})}
            options={planOptions(plans.data ?? [], locale)}
            data-testid="board-plan"
          />
          <Space size={12} wrap>
            {(['red', 'yellow', 'green', 'empty'] as const).map((colour) => (
              <Space key={colour} size={4}>
                <span style={{ display: 'inline-block', width: 12, height: 12, borderRadius: 2, background: CELL[colour].background, border: `1px solid ${CELL[colour].border}` }} />
                <Typography.Text type="secondary">{t(`board.legend.${colour}`)}</Typography.Text>
              </Space>
            ))}
          </Space>
        </Flex>
        <ErrorAlert error={board.error} />
        {board.data ? (phone ? <BoardMemberTabs board={board.data} onOpen={open} /> : <Grid board={board.data} onOpen={open} />) : !board.error && <Skeleton active />}
        {board.data && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }} data-testid="board-rule">
            {locale === 'en' ? board.data.rule.en : board.data.rule.zh}
          </Typography.Paragraph>
        )}
      </Card>
    </>
  );
}
