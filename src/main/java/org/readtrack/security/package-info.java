/**
 * Who may call what: the stateless filter chain, the HS256 key and the JWT encoder/decoders built on it,
 * and the authenticated caller ({@link org.readtrack.security.CurrentUser}), who comes with an access token or
 * a personal API token. Knows nothing of accounts: the accounts feature supplies the converter that turns a
 * verified access token into a caller, and the verifier of personal tokens.
 *
 * <p>Sits on top of {@code web} (its HTTP settings and logging context), which knows nothing of it, and of
 * {@code shared} (the public address, whose scheme makes the refresh cookie {@code Secure}).
 */
@ApplicationModule(allowedDependencies = {"web", "shared"})
package org.readtrack.security;

import org.springframework.modulith.ApplicationModule;
