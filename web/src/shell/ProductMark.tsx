import { useTranslation } from 'react-i18next';

/** The product name with a plain emblem (four squares: the four members); no logo artwork is claimed. */
export function ProductMark({ collapsed = false, dark = false }: { collapsed?: boolean; dark?: boolean }) {
  const { t } = useTranslation();
  const squares = ['#8fb3de', '#c9d7e8', '#c9d7e8', '#8fb3de'];
  return (
    <div style={{ display: 'flex', alignItems: 'center', gap: 10, minWidth: 0 }}>
      <svg width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" style={{ flex: 'none' }}>
        {squares.map((fill, i) => (
          <rect key={i} x={(i % 2) * 13} y={Math.floor(i / 2) * 13} width="11" height="11" rx="2" fill={fill} />
        ))}
      </svg>
      {!collapsed && (
        <span
          style={{
            fontWeight: 600,
            fontSize: 15,
            lineHeight: 1.25,
            color: dark ? '#fff' : 'inherit',
          }}
        >
          {t('app.name')}
        </span>
      )}
    </div>
  );
}
