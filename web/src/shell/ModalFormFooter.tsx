import { Button, type FormInstance } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  form: FormInstance;
  onCancel: () => void;
  saving: boolean;
  submitLabel: ReactNode;
  submitTestId: string;
}

/** Footer of a dialog that holds a form: cancel, and a primary button that submits the form. */
export function ModalFormFooter({ form, onCancel, saving, submitLabel, submitTestId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <Button onClick={onCancel}>{t('common.cancel')}</Button>
      <Button type="primary" loading={saving} onClick={() => form.submit()} data-testid={submitTestId}>
        {submitLabel}
      </Button>
    </>
  );
}
