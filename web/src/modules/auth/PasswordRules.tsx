import { CheckCircleOutlined } from '@ant-design/icons';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PasswordPolicy } from '../../api/types.ts';

/** The rules in force, as the server states them (GET /auth/password-policy); the server checks them again. */
export function PasswordRules({ policy }: { policy: PasswordPolicy | undefined }) {
  const { t } = useTranslation();
  if (!policy) return null;
  const rules = [
    t('password.rules.length', { min: policy.minLength, max: policy.maxLength }),
    policy.minClasses > 0 ? t('password.rules.classes', { min: policy.minClasses }) : null,
    t('password.rules.common'),
    t('password.rules.username'),
    policy.historyCount > 0 ? t('password.rules.history', { count: policy.historyCount }) : t('password.rules.notCurrent'),
    policy.maxAgeDays > 0 ? t('password.rules.maxAge', { days: policy.maxAgeDays }) : null,
  ].filter((rule): rule is string => rule !== null);

  return (
    <div data-testid="password-rules" style={{ marginBottom: 16 }}>
      <Typography.Text type="secondary">{t('password.rules.title')}</Typography.Text>
      <ul style={{ margin: '4px 0 0', paddingInlineStart: 20, color: 'rgba(0,0,0,0.65)' }}>
        {rules.map((rule) => (
          <li key={rule} style={{ listStyle: 'none', marginInlineStart: -20 }}>
            <CheckCircleOutlined style={{ color: '#8c8c8c', marginInlineEnd: 6 }} />
            {rule}
          </li>
        ))}
      </ul>
    </div>
  );
}

const CLASS_PATTERNS = [/[a-z]/, /[A-Z]/, /\d/, /[^A-Za-z\d]/];

/** Same counting as the server (auth.passwords.ts), for instant feedback only. */
export function characterClasses(password: string): number {
  return CLASS_PATTERNS.filter((re) => re.test(password)).length;
}
