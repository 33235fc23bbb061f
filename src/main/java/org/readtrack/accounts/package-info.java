/**
 * Accounts: registration, login with JWT access and refresh tokens (rotation, reuse detection), the
 * caller's own profile and password, user administration, and the admin created at start-up or with the
 * {@code create-admin} command. Passwords are Argon2id hashes, checked against a policy and a list of
 * common passwords; login, registration and refresh are throttled.
 */
package org.readtrack.accounts;
