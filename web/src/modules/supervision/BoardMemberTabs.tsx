/**
 * The board on a phone (< 768 px, issue 12 item 6): one member's column at a
 * time, members as tabs (antd Tabs: arrow keys move between them, each tab
 * names its panel). Each focus area is a card with the same counts, colour and
 * link as the grid's cell, so the figures lead to the same task lists.
 */
import { Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Board, BoardCell } from '../../api/types.ts';
import { useLocale } from '../../i18n/useLocale.ts';
import { areaLabel } from '../tasks/labels.ts';
import { CELL } from './boardColours.ts';

function AreaCard({ label, cell, areaCode, onOpen }: { label: string; cell: BoardCell | undefined; areaCode: string; onOpen: (cell: BoardCell) => void }) {
  const { t } = useTranslation();
  const colour = cell?.colour ?? 'empty';
  const style = CELL[colour];
  // The grid's pale grey of an empty cell is too faint for a line of text on a phone.
  const note = colour === 'empty' ? 'rgba(0, 0, 0, 0.62)' : style.text;
  const clickable = Boolean(cell && cell.total > 0);
  return (
    <li style={{ listStyle: 'none' }}>
      <button
        type="button"
        disabled={!clickable}
        onClick={() => cell && onOpen(cell)}
        data-testid={`board-card-${areaCode}-${cell?.memberCode ?? 'none'}`}
        data-colour={colour}
        data-total={cell?.total ?? 0}
        style={{
          display: 'flex', width: '100%', alignItems: 'center', justifyContent: 'space-between', gap: 12, padding: '10px 12px',
          border: `1px solid ${style.border}`, borderInlineStart: `4px solid ${style.border}`, borderRadius: 4, background: style.background,
          color: 'inherit', cursor: clickable ? 'pointer' : 'default', font: 'inherit', textAlign: 'start',
        }}
      >
        <span style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
          <span style={{ display: 'block', fontWeight: 500 }}>{label}</span>
          {clickable ? (
            <span style={{ display: 'block', fontSize: 12, color: note }}>{t('board.counts', { red: cell!.red, yellow: cell!.yellow, none: cell!.none })}</span>
          ) : (
            <span style={{ display: 'block', fontSize: 12, color: note }}>{t('board.legend.empty')}</span>
          )}
        </span>
        <Tag style={{ marginInlineEnd: 0, color: note, background: '#fff', borderColor: style.border, fontSize: 16, fontWeight: 600 }}>{cell?.total ?? 0}</Tag>
      </button>
    </li>
  );
}

export function BoardMemberTabs({ board, onOpen }: { board: Board; onOpen: (cell: BoardCell) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [active, setActive] = useState(board.members[0]?.code);
  const cells = new Map(board.cells.map((c) => [`${c.areaId ?? 'none'}:${c.memberCode}`, c]));
  return (
    // A named group: the tabs say "members", each tab its member, each panel that member's column.
    <div role="group" aria-label={t('board.membersTabs')} data-testid="board-tabs">
      <Tabs
        activeKey={active}
        onChange={setActive}
        size="small"
        items={board.members.map((m) => {
          const name = locale === 'en' ? m.shortEn : m.nameZh;
          const memberCells = board.cells.filter((c) => c.memberCode === m.code);
          const red = memberCells.reduce((sum, c) => sum + c.red, 0);
          return {
            key: m.code,
            label: <span data-testid={`board-tab-${m.code}`}>{name}</span>,
            children: (
              <section aria-label={t('board.memberColumn', { name })} data-testid={`board-column-${m.code}`}>
                <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
                  {t('board.memberSummary', { total: memberCells.reduce((sum, c) => sum + c.total, 0), red, yellow: memberCells.reduce((sum, c) => sum + c.yellow, 0) })}
                </Typography.Paragraph>
                <ul style={{ display: 'grid', gap: 8, margin: 0, padding: 0 }}>
                  {board.areas.map((area) => (
                    <AreaCard
                      key={area.id ?? 'none'}
                      label={area.id ? areaLabel(area, locale) : t('board.noArea')}
                      cell={cells.get(`${area.id ?? 'none'}:${m.code}`)}
                      areaCode={area.code ?? 'none'}
                      onOpen={onOpen}
                    />
                  ))}
                </ul>
              </section>
            ),
          };
        })}
      />
    </div>
  );
}
