/**
 * Who may call what: the stateless filter chain, the HS256 key and the JWT encoder/decoders built on it,
 * and the authenticated caller ({@link org.readtrack.security.CurrentUser}). Knows nothing of accounts;
 * the accounts feature supplies the converter that turns a verified token into a caller.
 *
 * <p>Sits on top of {@code web} (its HTTP settings and logging context), which knows nothing of it.
 */
@ApplicationModule(allowedDependencies = "web")
package org.readtrack.security;

import org.springframework.modulith.ApplicationModule;
