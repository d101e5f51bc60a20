/**
 * Who is editing in this browser session: the token (sessionStorage only, editor-token.ts) and
 * the name and role the server gives it. Panels ask `canEdit()` and redraw on `onSessionChange`.
 */
import { editorToken, setEditorToken } from '../api/editor-token.js';

/** The signed-in user; `role` is null while the server has not said (or cannot say) it. */
export interface SessionUser {
  name: string | null;
  role: string | null;
}

/** Asks the server who the token sent belongs to (`me`). */
export type Identify = () => Promise<SessionUser>;

const listeners = new Set<() => void>();
let user: SessionUser | null = null;

/** The signed-in user, or null. */
export function sessionUser(): SessionUser | null {
  return user;
}

/** True when edit actions are to be offered: signed in, and not as a viewer. */
export function canEdit(): boolean {
  return user !== null && user.role !== 'VIEWER';
}

/** Calls `listener` whenever the user signs in or out. */
export function onSessionChange(listener: () => void): void {
  listeners.add(listener);
}

const changed = () => listeners.forEach((l) => l());

/**
 * Keeps `token` for the session and asks who it is; a token the server refuses is forgotten
 * again and the error passed on.
 */
export async function signIn(token: string, identify: Identify): Promise<SessionUser> {
  setEditorToken(token);
  try {
    const found = await identify();
    if (!found.role) throw new Error('The server does not know this token.');
    user = found;
  } catch (error) {
    setEditorToken('');
    user = null;
    throw error;
  } finally {
    changed();
  }
  return user;
}

/** Forgets the token. */
export function signOut(): void {
  setEditorToken('');
  user = null;
  changed();
}

/** After a reload: asks who the token kept for this session belongs to (signed out if nobody). */
export async function restoreSession(identify: Identify): Promise<void> {
  if (!editorToken()) return;
  try {
    await signIn(editorToken()!, identify);
  } catch {
    // An expired or removed token: signed out, the bar offers "Sign in" again.
  }
}
