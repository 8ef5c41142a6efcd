/**
 * The user's e-mail choices: which kinds of notice come by e-mail, and whether
 * as one daily digest. Opened from the inbox, and directly by the address every
 * notification e-mail names in List-Unsubscribe (/inbox?settings=email).
 */
import { Alert, App, Button, Checkbox, Drawer, Flex, Grid, Skeleton, Switch, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../api/openapi.ts';
import { ErrorAlert } from '../../shell/ErrorAlert.tsx';
import { errorMessage } from '../../shell/errors.ts';
import { inboxApi } from './inboxApi.ts';

export type EmailPreferences = ApiResult<'notifications.getPreferences'>;
type Kind = EmailPreferences['kinds'][number]['kind'];

export function EmailSettingsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const screens = Grid.useBreakpoint();
  const [prefs, setPrefs] = useState<EmailPreferences | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [muted, setMuted] = useState<Set<Kind>>(new Set());
  const [digest, setDigest] = useState(false);
  const [saving, setSaving] = useState(false);

  const load = (signal?: AbortSignal) => {
    setError(null);
    inboxApi
      .preferences(signal)
      .then((p) => {
        setPrefs(p);
        setMuted(new Set(p.emailMuted));
        setDigest(p.digest);
      })
      .catch((failure: unknown) => {
        if (!signal?.aborted) setError(failure);
      });
  };
  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    load(controller.signal);
    return () => controller.abort();
  }, [open]);

  const save = async () => {
    if (!prefs) return;
    setSaving(true);
    try {
      const saved = await inboxApi.savePreferences({ version: prefs.version, digest, emailMuted: [...muted] });
      setPrefs(saved);
      void message.success(t('inbox.settings.saved'));
      onClose();
    } catch (failure) {
      void message.error(errorMessage(failure, t));
      load(); // e.g. saved elsewhere meanwhile (409): show what is stored now
    } finally {
      setSaving(false);
    }
  };

  const toggle = (kind: Kind, email: boolean) =>
    setMuted((previous) => {
      const next = new Set(previous);
      if (email) next.delete(kind);
      else next.add(kind);
      return next;
    });

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('inbox.settings.title')}
      size={screens.md ? 480 : '100%'}
      destroyOnHidden
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} disabled={!prefs} onClick={() => void save()} data-testid="email-settings-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={error} />
      {!prefs ? (
        !error && <Skeleton active />
      ) : (
        <Flex vertical gap={16} data-testid="email-settings">
          {!prefs.emailConfigured && <Alert type="info" showIcon title={t('inbox.settings.emailOff')} />}
          <Typography.Text type="secondary">{t('inbox.settings.hint')}</Typography.Text>
          <Flex gap={8} align="center">
            <Switch checked={digest} onChange={setDigest} data-testid="email-settings-digest" />
            <Typography.Text>{t('inbox.settings.digest')}</Typography.Text>
          </Flex>
          <Flex vertical gap={6}>
            {prefs.kinds.map((k) => (
              <Checkbox key={k.kind} checked={!muted.has(k.kind)} onChange={(e) => toggle(k.kind, e.target.checked)} data-kind={k.kind}>
                {k.name}
              </Checkbox>
            ))}
          </Flex>
        </Flex>
      )}
    </Drawer>
  );
}
