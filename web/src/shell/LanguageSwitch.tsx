import { GlobalOutlined } from '@ant-design/icons';
import { App, Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../i18n/index.ts';
import { useSession } from '../modules/auth/session.tsx';
import { errorMessage } from './errors.ts';

/**
 * Toggles zh-CN ⇄ English. The button names the language it switches to (the
 * usual convention); `data-current-locale` and <html lang> tell which is on.
 */
export function LanguageSwitch({ dark = false }: { dark?: boolean }) {
  const { t, i18n } = useTranslation();
  const { setLanguage } = useSession();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const current = currentLocale();
  const target = current === 'en' ? 'zh-CN' : 'en';

  const onClick = async () => {
    setSaving(true);
    try {
      await setLanguage(target);
    } catch (error) {
      // The UI has switched; only saving the preference failed.
      void message.warning(`${i18n.t('header.languageNotSaved')} ${errorMessage(error, i18n.t)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Tooltip title={t('header.switchLanguage')}>
      <Button
        type="text"
        icon={<GlobalOutlined />}
        loading={saving}
        onClick={() => void onClick()}
        data-testid="language-switch"
        data-current-locale={current}
        lang={target}
        style={dark ? { color: '#fff' } : undefined}
      >
        {target === 'en' ? 'English' : '简体中文'}
      </Button>
    </Tooltip>
  );
}
