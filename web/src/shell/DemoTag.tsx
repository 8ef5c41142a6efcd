import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks demo accounts and demo data wherever they appear, so nobody takes them for real records. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    // antd's orange text on its orange tint reads at 3:1; a darker orange keeps the look at 4.5:1 or more (WCAG AA).
    <Tag data-testid="demo-tag" style={{ marginInlineEnd: 0, color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' }}>
      {t('common.demo')}
    </Tag>
  );
}
