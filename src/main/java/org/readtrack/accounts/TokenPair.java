package org.readtrack.accounts;

/** What login and refresh answer: a short-lived access token and the refresh token that renews it. */
record TokenPair(String access, String refresh) {
}
