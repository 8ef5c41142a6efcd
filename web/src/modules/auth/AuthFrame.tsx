import { Card, Flex, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../shell/LanguageSwitch.tsx';
import { ProductMark } from '../../shell/ProductMark.tsx';

/** The frame of the pages before the app: sign-in and the forced password change. */
export function AuthFrame({ title, subtitle, children }: { title: ReactNode; subtitle?: ReactNode; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Flex vertical style={{ minHeight: '100vh', background: '#f3f5f8' }}>
      <Flex
        justify="space-between"
        align="center"
        gap={8}
        style={{ minHeight: 56, padding: '0 16px', background: '#0f2540', color: '#fff' }}
      >
        <ProductMark dark />
        <LanguageSwitch dark />
      </Flex>
      <Flex component="main" flex={1} align="center" justify="center" style={{ padding: '48px 16px' }}>
        <Card style={{ width: 420, maxWidth: '100%' }} styles={{ body: { padding: 32 } }}>
          <Typography.Title level={1} style={{ marginTop: 0, marginBottom: subtitle ? 4 : 24, fontSize: 24 }}>
            {title}
          </Typography.Title>
          {subtitle && (
            <Typography.Paragraph type="secondary" style={{ marginBottom: 24 }}>
              {subtitle}
            </Typography.Paragraph>
          )}
          {children}
        </Card>
      </Flex>
      <Typography.Text type="secondary" style={{ textAlign: 'center', padding: 16, fontSize: 12 }}>
        {t('app.footer')}
      </Typography.Text>
    </Flex>
  );
}
