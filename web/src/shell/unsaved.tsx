/**
 * No lost input (issue 12): a form with typed content asks before it goes
 * away — Esc, Cancel or the close button (`confirmClose`), a navigation inside
 * the app (one router blocker for the whole app, `NavigationGuard`) and
 * closing or reloading the tab (`beforeunload`). Long texts also keep a local
 * draft in localStorage that is offered back after a crash or reload
 * ("恢复草稿") and cleared once the form was sent.
 *
 * One blocker serves every guard because react-router honours only one at a
 * time: guards register here while they hold typed content.
 */
import { Alert, App, Button, Space, type FormInstance } from 'antd';
import { useCallback, useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';

const dirtyGuards = new Set<string>();
const anyDirty = () => dirtyGuards.size > 0;

function onBeforeUnload(event: BeforeUnloadEvent) {
  if (!anyDirty()) return;
  event.preventDefault();
  // Older browsers need a return value to show their own prompt.
  event.returnValue = '';
}

/** Rendered once inside the router: asks before an in-app navigation leaves typed content behind. */
export function NavigationGuard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => anyDirty() && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  const asking = useRef(false);

  useEffect(() => {
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  useEffect(() => {
    if (blocker.state !== 'blocked' || asking.current) return;
    asking.current = true;
    modal.confirm({
      title: t('unsaved.leaveTitle'),
      content: t('unsaved.leaveBody'),
      okText: t('unsaved.leave'),
      okButtonProps: { danger: true, 'data-testid': 'unsaved-leave' },
      cancelText: t('unsaved.stay'),
      cancelButtonProps: { 'data-testid': 'unsaved-stay' },
      onOk: () => {
        asking.current = false;
        // Leaving drops the typed content: the guards let go (their drafts stay for the next visit).
        dirtyGuards.clear();
        blocker.proceed();
      },
      onCancel: () => {
        asking.current = false;
        blocker.reset();
      },
    });
  }, [blocker, modal, t]);
  return null;
}

/**
 * Marks typed content as at risk while `dirty`; `confirmClose(close)` asks
 * before closing a dirty dialog, `release()` lets go at once (after a
 * successful submit, before navigating away).
 */
export function useUnsavedGuard(dirty: boolean) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const id = useId();
  const dirtyRef = useRef(dirty);
  const asking = useRef(false);

  useEffect(() => {
    dirtyRef.current = dirty;
    if (dirty) dirtyGuards.add(id);
    else dirtyGuards.delete(id);
  }, [dirty, id]);
  useEffect(() => () => void dirtyGuards.delete(id), [id]);

  const release = useCallback(() => {
    dirtyRef.current = false;
    dirtyGuards.delete(id);
  }, [id]);

  const confirmClose = useCallback(
    (close: () => void, onDiscard?: () => void) => {
      if (!dirtyRef.current) {
        close();
        return;
      }
      // Esc pressed again while asking must not stack a second question.
      if (asking.current) return;
      asking.current = true;
      askDiscard(modal, t, {
        onOk: () => {
          asking.current = false;
          release();
          onDiscard?.();
          close();
        },
        onCancel: () => {
          asking.current = false;
        },
      });
    },
    [modal, release, t],
  );

  return { confirmClose, release };
}

type Modal = ReturnType<typeof App.useApp>['modal'];

/** "Discard what you typed?" — the one question every guard asks before typed content goes. */
function askDiscard(modal: Modal, t: (key: string) => string, on: { onOk: () => void; onCancel?: () => void }) {
  modal.confirm({
    title: t('unsaved.closeTitle'),
    content: t('unsaved.closeBody'),
    okText: t('unsaved.discard'),
    okButtonProps: { danger: true, 'data-testid': 'unsaved-discard' },
    cancelText: t('unsaved.keepEditing'),
    cancelButtonProps: { 'data-testid': 'unsaved-keep' },
    ...on,
  });
}

/**
 * For a container that holds guarded content it does not own (a drawer around
 * a review form): `confirmDiscard(next)` runs `next` at once when nothing typed
 * is at risk, else asks first and, on discard, lets every guard go.
 */
export function useConfirmDiscard() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  return useCallback(
    (next: () => void) => {
      if (!anyDirty()) {
        next();
        return;
      }
      askDiscard(modal, t, {
        onOk: () => {
          dirtyGuards.clear();
          next();
        },
      });
    },
    [modal, t],
  );
}

// --- local drafts ------------------------------------------------------------------

const DRAFT_PREFIX = 'yrd.draft.';
/** Drafts older than this are not offered any more (and are removed when met). */
const DRAFT_MAX_AGE_MS = 30 * 24 * 3600 * 1000;

interface StoredDraft<T> {
  savedAt: number;
  values: T;
}

function readDraft<T>(key: string): StoredDraft<T> | null {
  try {
    const raw = window.localStorage.getItem(DRAFT_PREFIX + key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as StoredDraft<T>;
    if (typeof draft.savedAt !== 'number' || Date.now() - draft.savedAt > DRAFT_MAX_AGE_MS) {
      window.localStorage.removeItem(DRAFT_PREFIX + key);
      return null;
    }
    return draft;
  } catch {
    return null; // storage blocked or the entry unreadable: nothing to offer
  }
}

function writeDraft<T>(key: string, values: T): void {
  try {
    window.localStorage.setItem(DRAFT_PREFIX + key, JSON.stringify({ savedAt: Date.now(), values }));
  } catch {
    // Storage full or blocked: the dialog still asks before closing.
  }
}

export function clearDraft(key: string): void {
  try {
    window.localStorage.removeItem(DRAFT_PREFIX + key);
  } catch {
    // nothing stored
  }
}

interface FormGuardOptions<T> {
  form: FormInstance<T>;
  /** The dialog is showing (a closed one holds nothing). */
  open: boolean;
  /** Where the draft is kept, e.g. `report:file:<shareId>`; null keeps no draft (the guard still asks). */
  draftKey: string | null;
  /** The fields kept in the draft (the long texts and what goes with them); all fields when omitted. */
  draftFields?: (keyof T & string)[];
  /** Content outside the form's fields that is at risk too (e.g. chosen files). */
  alsoDirty?: boolean;
}

/**
 * The guard of one form in a dialog: put `onValuesChange` on the Form,
 * `banner` above it, `confirmClose(close)` as the dialog's onCancel and
 * Cancel button, and call `submitted()` once the server accepted it.
 */
export function useFormGuard<T extends object>({ form, open, draftKey, draftFields, alsoDirty = false }: FormGuardOptions<T>) {
  const { t } = useTranslation();
  const [dirty, setDirty] = useState(false);
  const [offered, setOffered] = useState<StoredDraft<Partial<T>> | null>(null);
  const guard = useUnsavedGuard(open && (dirty || alsoDirty));
  const fieldsRef = useRef(draftFields);
  fieldsRef.current = draftFields;

  // A dialog opening (or switching record) starts clean and looks for a draft left behind.
  useEffect(() => {
    setDirty(false);
    setOffered(open && draftKey ? readDraft<Partial<T>>(draftKey) : null);
  }, [open, draftKey]);

  const onValuesChange = useCallback(
    (_: unknown, all: T) => {
      setDirty(true);
      if (!draftKey) return;
      const fields = fieldsRef.current;
      const values = fields ? Object.fromEntries(fields.map((f) => [f, all[f]])) : all;
      const hasText = Object.values(values).some((v) => typeof v === 'string' && v.trim() !== '');
      if (hasText) writeDraft(draftKey, values);
      else clearDraft(draftKey);
      // Typing over an offered draft means the user chose not to restore it.
      setOffered(null);
    },
    [draftKey],
  );

  const restore = () => {
    if (!offered) return;
    form.setFieldsValue(offered.values as Parameters<typeof form.setFieldsValue>[0]);
    setOffered(null);
    setDirty(true);
  };
  const dismiss = () => {
    if (draftKey) clearDraft(draftKey);
    setOffered(null);
  };

  const submitted = useCallback(() => {
    guard.release();
    setDirty(false);
    if (draftKey) clearDraft(draftKey);
  }, [draftKey, guard]);

  const confirmClose = useCallback(
    (close: () => void) =>
      guard.confirmClose(close, () => {
        // Discarding on purpose drops the draft too.
        if (draftKey) clearDraft(draftKey);
      }),
    [draftKey, guard],
  );

  const banner: ReactNode = offered ? (
    <Alert
      type="info"
      showIcon
      data-testid="draft-offer"
      style={{ marginBottom: 16 }}
      title={t('unsaved.draftFound', { time: new Date(offered.savedAt).toLocaleString() })}
      action={
        <Space size={4} wrap>
          <Button size="small" type="primary" onClick={restore} data-testid="draft-restore">
            {t('unsaved.restore')}
          </Button>
          <Button size="small" onClick={dismiss} data-testid="draft-dismiss">
            {t('unsaved.dismiss')}
          </Button>
        </Space>
      }
    />
  ) : null;

  return { dirty, onValuesChange, banner, confirmClose, submitted };
}
