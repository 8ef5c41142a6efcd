/**
 * The global search (issue 12, item 5): Ctrl-K (⌘K) or the header button opens
 * a dialog; typing searches every record kind the user may read (the server
 * decides, GET /api/v1/search); ↑/↓ and Enter open a result on its page.
 */
import { SearchOutlined } from '@ant-design/icons';
import { Button, Empty, Input, Modal, Space, Tag, theme, Tooltip, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLocale } from '../../i18n/useLocale.ts';
import { DemoTag } from '../../shell/DemoTag.tsx';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { hasRole } from '../auth/roles.ts';
import { useCurrentUser } from '../auth/session.tsx';
import { searchApi, type SearchHit } from './searchApi.ts';

/** Roles that read the searchable records (the server's search policy). */
const READERS = ['office', 'observer', 'liaison', 'editor'] as const;
const DEBOUNCE_MS = 200;

export function useCanSearch(): boolean {
  return hasRole(useCurrentUser(), ...READERS);
}

export function SearchPalette({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const canSearch = useCanSearch();
  const [open, setOpen] = useState(false);
  // Where focus was when the dialog opened: it goes back there when the dialog is dismissed (the dialog is unmounted, so antd cannot).
  const opener = useRef<HTMLElement | null>(null);
  const openDialog = useCallback(() => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen(true);
  }, []);
  const closeDialog = useCallback((restoreFocus: boolean) => {
    setOpen(false);
    if (restoreFocus) requestAnimationFrame(() => opener.current?.focus());
  }, []);

  useEffect(() => {
    if (!canSearch) return undefined;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        openDialog();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canSearch, openDialog]);

  if (!canSearch) return null;
  return (
    <>
      <Tooltip title={t('search.openHint')}>
        <Button type="text" icon={<SearchOutlined />} aria-label={t('search.openHint')} aria-keyshortcuts="Control+K" onClick={openDialog} data-testid="search-open">
          {compact ? null : t('search.open')}
        </Button>
      </Tooltip>
      {open && <SearchDialog onClose={closeDialog} />}
    </>
  );
}

/** onClose(true): dismissed (focus goes back); onClose(false): a result was opened (focus stays with the new page). */
function SearchDialog({ onClose }: { onClose: (restoreFocus: boolean) => void }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const [q, setQ] = useState('');
  const [items, setItems] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(false);
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const { token } = theme.useToken();

  useEffect(() => {
    const text = q.trim();
    if (!text) {
      setItems(null);
      return undefined;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      searchApi
        .search(text, controller.signal)
        .then((result) => {
          setItems(result.items);
          setActive(0);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!(e instanceof DOMException && e.name === 'AbortError')) setError(e);
        })
        .finally(() => setLoading(false));
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  const openHit = useCallback(
    (hit: SearchHit) => {
      onClose(false);
      navigate(hit.link);
    },
    [navigate, onClose],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!items?.length) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((i) => (i + 1) % items.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((i) => (i - 1 + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      openHit(items[active]!);
    }
  };

  const title = (hit: SearchHit) => (locale === 'en' && hit.titleEn ? hit.titleEn : hit.titleZh);
  const optionId = (i: number) => `search-option-${i}`;

  return (
    <Modal open title={t('search.dialogTitle')} onCancel={() => onClose(true)} footer={null} afterOpenChange={(visible) => visible && input.current?.focus()} width={640} destroyOnHidden>
      <Input
        ref={(el) => {
          input.current = el?.input ?? null;
        }}
        autoFocus
        allowClear
        size="large"
        prefix={<SearchOutlined />}
        placeholder={t('search.placeholder')}
        aria-label={t('search.inputLabel')}
        role="combobox"
        aria-expanded={Boolean(items?.length)}
        aria-controls="search-results"
        aria-activedescendant={items?.length ? optionId(active) : undefined}
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={onKeyDown}
        data-testid="search-input"
      />
      <Typography.Text type="secondary" style={{ display: 'block', margin: '8px 0', fontSize: 12 }}>
        {items ? t('search.results', { count: items.length }) : t('search.typeMore')} · {t('search.keyboard')}
      </Typography.Text>
      <ErrorAlert error={error} />
      {items && items.length === 0 && !loading && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('search.empty')} />}
      {items && items.length > 0 && (
        <div id="search-results" role="listbox" aria-label={t('search.dialogTitle')} aria-busy={loading} style={{ maxHeight: '60vh', overflowY: 'auto' }}>
          {items.map((hit, i) => (
            <div
              key={`${hit.kind}:${hit.id}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              onClick={() => openHit(hit)}
              onMouseEnter={() => setActive(i)}
              className={i === active ? 'yrd-search-hit yrd-search-hit-active' : 'yrd-search-hit'}
              style={{ cursor: 'pointer', padding: '8px', borderRadius: 6, background: i === active ? token.controlItemBgActive : undefined }}
              data-testid="search-result"
            >
              <Space size={8} wrap style={{ minWidth: 0 }}>
                <Tag>{t(`search.kinds.${hit.kind}`)}</Tag>
                {hit.code && <Typography.Text type="secondary">{hit.code}</Typography.Text>}
                <span style={{ overflowWrap: 'anywhere' }}>{title(hit)}</span>
                {hit.isDemo && <DemoTag />}
              </Space>
            </div>
          ))}
        </div>
      )}
    </Modal>
  );
}
