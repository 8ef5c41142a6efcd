import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Marks demo accounts and demo data wherever they appear, so nobody takes them for real records. */
export function DemoTag() {
  const { t } = useTranslation();
  return (
    <Tag color="orange" data-testid="demo-tag" style={{ marginInlineEnd: 0 }}>
      {t('common.demo')}
    </Tag>
  );
}
