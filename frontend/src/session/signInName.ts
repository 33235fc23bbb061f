/**
 * The name to sign in with again after a sign-out the reader did not ask for (a new password ends every session):
 * the sign-in form shows it filled in, and only the new password is left to type. Kept for the tab only.
 */
const KEY = 'readtrack.signInAs';

export function rememberSignInName(username: string): void {
  try {
    sessionStorage.setItem(KEY, username);
  } catch {
    // storage refused (private mode): the reader types their name, as before
  }
}

export function signInName(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    return '';
  }
}

export function forgetSignInName(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // nothing was kept
  }
}
