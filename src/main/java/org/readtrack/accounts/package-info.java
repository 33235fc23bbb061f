/**
 * Accounts: registration, login with JWT access and refresh tokens (rotation, reuse detection), the
 * caller's own profile and password, personal API tokens, user administration, and the admin created at
 * start-up or with the {@code create-admin} command. Passwords are Argon2id hashes, checked against a policy and a list of
 * common passwords; login, registration and refresh are throttled.
 *
 * <p>Depends on the infrastructure (shared, database, web for its controllers, security for the caller
 * and the token settings, cli for its command), never on another feature.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security", "cli"})
package org.readtrack.accounts;

import org.springframework.modulith.ApplicationModule;
