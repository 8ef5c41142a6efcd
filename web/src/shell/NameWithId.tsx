/**
 * A person or record shown by name (issue 12, item 4), its id still at hand:
 * on hover (tooltip) and copyable from there. Without a name the id is shown.
 */
import { Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export function NameWithId({ name, id, to, fallback }: { name: string | null | undefined; id: string | null | undefined; to?: string; fallback?: ReactNode }) {
  if (!name && !id) return <>{fallback ?? '—'}</>;
  const label = name || id!;
  const text = to ? <Link to={to}>{label}</Link> : <span>{label}</span>;
  if (!id || !name) return text;
  return (
    <Tooltip title={<Typography.Text copyable={{ text: id }} style={{ color: 'inherit' }}>{id}</Typography.Text>}>
      <span data-id={id} style={{ overflowWrap: 'anywhere' }}>{text}</span>
    </Tooltip>
  );
}
