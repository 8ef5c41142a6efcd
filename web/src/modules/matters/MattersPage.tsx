/**
 * Major matters: the board of open matters by tier (the default view) or the
 * table of all matters with filters; view and filters live in the address.
 * Liaisons and editors (for their own member) and the Office raise matters here.
 */
import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { useApi } from '../../api/hooks.ts';
import { MATTER_STATUSES, MATTER_TIERS, type MatterFilters } from '../../api/types.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { useCurrentUser } from '../auth/session.tsx';
import { ExportButton } from '../excel/ExportButton.tsx';
import { canRaise as mayRaise } from './access.ts';
import { MatterBoard } from './MatterBoard.tsx';
import { mattersApi } from './mattersApi.ts';
import { MatterTable } from './MatterTable.tsx';
import { RaiseMatterModal } from './RaiseMatterModal.tsx';

type View = 'board' | 'list';

function filtersOf(params: URLSearchParams): MatterFilters {
  const pick = <T extends string>(values: readonly T[], value: string | null) => (value && (values as readonly string[]).includes(value) ? (value as T) : undefined);
  const member = params.get('memberCode');
  const year = Number(params.get('resolvedYear'));
  return {
    status: pick(MATTER_STATUSES, params.get('status')),
    tier: pick(MATTER_TIERS, params.get('tier')),
    memberCode: member && /^[0-9]{6}$/.test(member) ? member : undefined,
    resolvedYear: Number.isInteger(year) && year >= 2000 && year <= 2200 ? year : undefined,
  };
}

export default function MattersPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'list' ? 'list' : 'board';
  const filters = filtersOf(params);
  const board = useApi((signal) => mattersApi.board(signal), `board:${view}`);
  const [raising, setRaising] = useState(false);
  const canRaise = mayRaise(user);

  const go = (next: View, nextFilters: MatterFilters = {}) => {
    const search = new URLSearchParams();
    if (next === 'list') search.set('view', 'list');
    for (const [key, value] of Object.entries(nextFilters)) if (value) search.set(key, String(value));
    setParams(search, { replace: true });
  };

  return (
    <>
      <PageHeader
        title={t('matters.title')}
        description={t('matters.description')}
        extra={
          <>
            {/* The board shows the open matters; the list, its filters. */}
            <ExportButton path="/api/v1/matters/export.xlsx" query={view === 'list' ? { ...filters } : { status: 'open' }} fileName="major-matters.xlsx" />
            {canRaise && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setRaising(true)} data-testid="matter-raise">
                {t('matters.raise')}
              </Button>
            )}
          </>
        }
      />
      <Card size="small">
        <Segmented<View>
          value={view}
          onChange={(next) => go(next, next === 'list' ? filters : {})}
          options={(['board', 'list'] as const).map((v) => ({ value: v, label: <span data-testid={`matters-view-${v}`}>{t(`matters.views.${v}`)}</span> }))}
          style={{ marginBottom: 16 }}
        />
        {view === 'board' ? (
          <>
            <ErrorAlert error={board.error} />
            <MatterBoard board={board.data} loading={board.loading} />
          </>
        ) : (
          <MatterTable filters={filters} onChange={(next) => go('list', next)} />
        )}
      </Card>
      {canRaise && <RaiseMatterModal open={raising} onClose={() => setRaising(false)} onRaised={(id) => navigate(`/matters/${id}`)} />}
    </>
  );
}
