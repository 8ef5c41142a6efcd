/**
 * The Office writes a report's foreword and outlook, in both languages. The
 * texts are loaded from the edition and saved with the version they were
 * loaded with: if someone else saved meanwhile, the server answers 409 and the
 * typed text stays in the form until the user chooses to reload. Closing with
 * typed content asks first (and a local draft survives a reload of the tab).
 */
import { App, Button, Drawer, Flex, Form, Input, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/hooks.ts';
import { ErrorAlert, VersionConflictAlert } from '../../shell/ErrorAlert.tsx';
import { isVersionConflict } from '../../shell/errors.ts';
import { useFormGuard } from '../../shell/unsaved.tsx';
import { useFormSave } from '../../shell/useFormSave.ts';
import { useNarrowScreen } from '../../shell/useNarrowScreen.ts';
import { type ReportChoice, choiceParams, reportKey } from './reportParams.ts';
import type { ResultsEdition } from '../../api/types.ts';
import { resultsApi } from './resultsApi.ts';

interface Values {
  forewordZh: string;
  forewordEn: string;
  outlookZh: string;
  outlookEn: string;
}

const FIELDS: readonly (keyof Values)[] = ['forewordZh', 'forewordEn', 'outlookZh', 'outlookEn'];
const MAX = 20_000;

interface Props {
  choice: ReportChoice;
  open: boolean;
  onClose: () => void;
  onSaved: (edition: ResultsEdition) => void;
}

export function EditionDrawer({ choice, open, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const narrow = useNarrowScreen();
  const [form] = Form.useForm<Values>();
  const key = reportKey(choice);
  const keyText = Object.values(choiceParams(choice)).join(':');
  const edition = useApi((signal) => (open ? resultsApi.edition(key, signal) : Promise.resolve(undefined)), `${open}:${keyText}`);
  const [loaded, setLoaded] = useState<ResultsEdition | null>(null);
  const { saving, error, setError, save } = useFormSave(form);
  const guard = useFormGuard<Values>({ form, open, draftKey: `results:edition:${keyText}`, draftFields: [...FIELDS] });

  useEffect(() => {
    if (!open) setLoaded(null);
  }, [open]);

  // A fresh answer (opening, or reloading after a conflict) fills the form; typed text is replaced only then.
  useEffect(() => {
    if (!edition.data) return;
    setLoaded(edition.data);
    form.setFieldsValue({
      forewordZh: edition.data.forewordZh,
      forewordEn: edition.data.forewordEn,
      outlookZh: edition.data.outlookZh,
      outlookEn: edition.data.outlookEn,
    });
  }, [edition.data, form]);

  const close = () => guard.confirmClose(onClose);

  const submit = (values: Values) =>
    save(async () => {
      if (!loaded) return;
      const saved = await resultsApi.saveEdition({ ...key, ...values, version: loaded.version });
      guard.submitted();
      setLoaded(saved);
      void message.success(t('results.edit.saved'));
      onSaved(saved);
      onClose();
    });

  const reload = () => {
    setError(undefined);
    // The user chose the latest version over the typed text: nothing is at risk any more.
    guard.submitted();
    edition.reload();
  };

  const conflict = isVersionConflict(error);
  const textRules = [{ max: MAX, message: t('results.edit.tooLong') }];
  return (
    <Drawer
      open={open}
      onClose={close}
      title={t('results.edit.title')}
      size={narrow ? '100%' : 640}
      destroyOnHidden
      data-testid="results-edition-drawer"
      footer={
        <Flex justify="flex-end" gap={8}>
          <Button onClick={close} data-testid="results-edition-cancel">
            {t('common.cancel')}
          </Button>
          <Button type="primary" loading={saving} disabled={!loaded || conflict} onClick={() => form.submit()} data-testid="results-edition-save">
            {t('common.save')}
          </Button>
        </Flex>
      }
    >
      <ErrorAlert error={edition.error} action={<Button size="small" onClick={edition.reload}>{t('common.retry')}</Button>} />
      {conflict ? (
        <VersionConflictAlert onReload={reload} conflictTitle={t('results.edit.conflictTitle')} conflictDescription={t('results.edit.conflict')} />
      ) : (
        <ErrorAlert error={error} testId="results-edition-error" />
      )}
      {guard.banner}
      <Typography.Paragraph type="secondary">{t('results.edit.hint')}</Typography.Paragraph>
      {!loaded && !edition.error ? <Skeleton active paragraph={{ rows: 8 }} /> : null}
      <Form<Values>
        form={form}
        layout="vertical"
        onValuesChange={guard.onValuesChange}
        onFinish={(values) => void submit(values)}
        style={{ display: loaded ? undefined : 'none' }}
      >
        {FIELDS.map((field) => (
          <Form.Item key={field} name={field} label={t(`results.edit.${field}`)} rules={textRules}>
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 14 }} showCount maxLength={MAX} data-testid={`results-edition-${field}`} />
          </Form.Item>
        ))}
      </Form>
    </Drawer>
  );
}
