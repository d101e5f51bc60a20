/**
 * The editor token the explorer sends with saves (Authorization: Bearer …). Kept for the browser
 * session only (sessionStorage), never in the URL or a saved investigation.
 */
const KEY = 'actorgraph.editorToken';

/** The token entered this session, or null. */
export function editorToken(): string | null {
  return sessionStorage.getItem(KEY);
}

/** Remembers `token` for this session; an empty one forgets it. */
export function setEditorToken(token: string): void {
  if (token.trim()) sessionStorage.setItem(KEY, token.trim());
  else sessionStorage.removeItem(KEY);
}
