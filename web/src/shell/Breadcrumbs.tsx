/**
 * Where a detail page sits (issue 12, item 5): Home › list › this record. One
 * component for every detail page, given through PageHeader's `breadcrumbs`.
 * The last crumb is the current page (not a link).
 */
import { Breadcrumb } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

export interface Crumb {
  label: ReactNode;
  /** Omitted on the last crumb: the page itself. */
  to?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  const { t } = useTranslation();
  const all: Crumb[] = [{ label: t('breadcrumbs.home'), to: '/' }, ...items];
  return (
    <nav aria-label={t('breadcrumbs.label')} data-testid="breadcrumbs" style={{ marginBottom: 8 }}>
      <Breadcrumb
        items={all.map((crumb, i) => ({
          key: i,
          title:
            crumb.to && i < all.length - 1 ? (
              <Link to={crumb.to}>{crumb.label}</Link>
            ) : (
              <span aria-current={i === all.length - 1 ? 'page' : undefined} style={{ overflowWrap: 'anywhere' }}>
                {crumb.label}
              </span>
            ),
        }))}
      />
    </nav>
  );
}
