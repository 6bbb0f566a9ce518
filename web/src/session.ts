/** Who is logged in, as the server says (`/auth/me`); the CSRF token travels with it. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { api, read, setCsrfToken } from './api/client.ts';
import type { Principal } from './api/types.ts';

export interface SessionState {
  /** undefined while asking the server, null when nobody is logged in. */
  me: Principal | null | undefined;
  loggedIn: (principal: Principal, csrfToken: string) => void;
  logout: () => Promise<void>;
}

/** The session's principal, or null for a visitor (the server answers 200 either way, never 401). */
export async function currentSession(): Promise<Principal | null> {
  try {
    const me = await read<{ principal: Principal | null; csrfToken: string | null }>(
      api.GET('/api/v1/auth/me'),
    );
    setCsrfToken(me.csrfToken);
    return me.principal;
  } catch {
    return null;
  }
}

export const SessionContext = createContext<SessionState>({
  me: undefined,
  loggedIn: () => undefined,
  logout: async () => undefined,
});
export const useSession = (): SessionState => useContext(SessionContext);
