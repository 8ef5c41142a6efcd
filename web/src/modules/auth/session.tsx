/**
 * Who is signed in, for the whole UI. The session lives in an HttpOnly cookie;
 * the UI only learns about it from GET /auth/session and keeps the CSRF token
 * for writes. A 401 from any call means the session ended (idle timeout,
 * password reset by an administrator): the guards then send the user to the
 * sign-in page. A 403 password_change_required (or second_factor_enrolment_required)
 * re-reads the session so the forced page takes over; a 403 reauth_required
 * opens the dialog that asks for the authenticator code again.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { onApiError, setCsrfToken } from '../../api/client.ts';
import type { CurrentUser, Locale, SessionResponse } from '../../api/types.ts';
import { changeLocale } from '../../i18n/index.ts';
import { authApi } from './authApi.ts';
import { ReauthModal } from './ReauthModal.tsx';

/** A sign-in either opens the session or asks for the authenticator code next. */
export type LoginOutcome = { user: CurrentUser } | { challenge: string };

export type SessionStatus = 'loading' | 'anonymous' | 'signedIn' | 'error';

export interface SessionValue {
  status: SessionStatus;
  user: CurrentUser | null;
  /** Why the user is back on the sign-in page, if it was not their choice. */
  endedReason: 'expired' | null;
  /** The first GET /auth/session failed (server down): shown with a retry. */
  loadError: unknown;
  login: (username: string, password: string) => Promise<LoginOutcome>;
  /** The second step of a sign-in: the code (or a recovery code) for the challenge `login` gave. */
  completeSecondFactor: (challenge: string, code: string) => Promise<CurrentUser>;
  /** A sensitive action was refused for want of a recent code: the dialog asks for one. */
  reauthRequested: boolean;
  closeReauth: () => void;
  logout: () => Promise<void>;
  refresh: () => Promise<void>;
  /** Switches the UI language; for a signed-in user also saves it in their preferences. */
  setLanguage: (locale: Locale) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

interface State {
  status: SessionStatus;
  user: CurrentUser | null;
  endedReason: 'expired' | null;
  loadError: unknown;
}

function fromResponse(response: SessionResponse): State {
  setCsrfToken(response.csrfToken ?? null);
  return response.authenticated && response.user
    ? { status: 'signedIn', user: response.user, endedReason: null, loadError: undefined }
    : { status: 'anonymous', user: null, endedReason: null, loadError: undefined };
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<State>({ status: 'loading', user: null, endedReason: null, loadError: undefined });
  const [reauthRequested, setReauthRequested] = useState(false);

  const refresh = useCallback(async () => {
    try {
      const next = fromResponse(await authApi.session());
      setState(next);
      // The saved preference wins over what this browser last used.
      if (next.user) await changeLocale(next.user.locale);
    } catch (error) {
      setState((previous) => (previous.status === 'loading' ? { ...previous, status: 'error', loadError: error } : previous));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  useEffect(
    () =>
      onApiError((error) => {
        if (error.status === 401 && error.code === 'common.unauthenticated') {
          setCsrfToken(null);
          setState((previous) =>
            previous.status === 'signedIn'
              ? { status: 'anonymous', user: null, endedReason: 'expired', loadError: undefined }
              : previous,
          );
        } else if (error.status === 403 && (error.code === 'auth.password_change_required' || error.code === 'auth.second_factor_enrolment_required')) {
          void refresh();
        } else if (error.status === 403 && error.code === 'auth.reauth_required') {
          setReauthRequested(true);
        }
      }),
    [refresh],
  );

  const signedIn = useCallback(async (response: SessionResponse) => {
    const next = fromResponse(response);
    if (!next.user) throw new Error('Login answered without a user');
    await changeLocale(next.user.locale);
    setState(next);
    return next.user;
  }, []);

  const login = useCallback(
    async (username: string, password: string): Promise<LoginOutcome> => {
      const response = await authApi.login(username, password);
      if (response.secondFactorRequired && response.challenge) return { challenge: response.challenge };
      return { user: await signedIn(response) };
    },
    [signedIn],
  );

  const completeSecondFactor = useCallback(
    async (challenge: string, code: string) => signedIn(await authApi.loginSecondFactor(challenge, code)),
    [signedIn],
  );
  const closeReauth = useCallback(() => setReauthRequested(false), []);

  const logout = useCallback(async () => {
    try {
      await authApi.logout();
    } finally {
      // Signed out locally even if the server could not be reached: the cookie expires on its own.
      setCsrfToken(null);
      setState({ status: 'anonymous', user: null, endedReason: null, loadError: undefined });
    }
  }, []);

  const signedInLocale = state.user?.locale;
  const setLanguage = useCallback(
    async (locale: Locale) => {
      await changeLocale(locale);
      if (signedInLocale === undefined || signedInLocale === locale) return;
      await authApi.setLocale(locale);
      setState((previous) => (previous.user ? { ...previous, user: { ...previous.user, locale } } : previous));
    },
    [signedInLocale],
  );

  const value = useMemo<SessionValue>(
    () => ({ ...state, login, completeSecondFactor, reauthRequested, closeReauth, logout, refresh, setLanguage }),
    [state, login, completeSecondFactor, reauthRequested, closeReauth, logout, refresh, setLanguage],
  );
  return (
    <SessionContext.Provider value={value}>
      {children}
      <ReauthModal />
    </SessionContext.Provider>
  );
}

export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside <SessionProvider>');
  return value;
}

/** The signed-in user; only for components behind the sign-in guard. */
export function useCurrentUser(): CurrentUser {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser without a signed-in user');
  return user;
}
