import { App, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';

/**
 * Closing a dialog with a form: when something was typed, ask first, so a
 * stray click outside or on Cancel does not throw the work away.
 */
export function useConfirmClose(form: FormInstance, close: () => void): () => void {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return () => {
    if (!form.isFieldsTouched()) {
      close();
      return;
    }
    modal.confirm({
      title: t('indicators.discard.title'),
      content: t('indicators.discard.content'),
      okText: t('indicators.discard.ok'),
      okButtonProps: { danger: true, 'data-testid': 'discard-confirm' },
      cancelText: t('indicators.discard.keep'),
      onOk: close,
    });
  };
}
