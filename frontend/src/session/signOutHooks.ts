/**
 * What must be done while the session is still the reader's, before signing out: a change a screen holds back
 * (a removal with its Undo offered) is sent with the reader's token, not after it is gone. Registered by the
 * screens' modules, so that the session needs to know none of them.
 */
const hooks = new Set<() => Promise<void>>();

export function beforeSignOut(hook: () => Promise<void>) {
  hooks.add(hook);
}

/** Each hook run, together; one that fails keeps nobody signed in. */
export async function runBeforeSignOut() {
  await Promise.allSettled([...hooks].map((hook) => hook()));
}
