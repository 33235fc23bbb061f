package org.readtrack.accounts;

/**
 * What a client needs to know before anyone logs in: whether it should offer registration (and ask for an
 * invitation) and a "forgot password" link.
 */
record ServerConfig(RegistrationMode registration, boolean passwordReset) {
}
