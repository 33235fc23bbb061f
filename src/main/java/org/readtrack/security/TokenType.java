package org.readtrack.security;

/**
 * The {@code token_type} claim: refresh tokens are never accepted where an access token is expected, and a known
 * browser's device token (which grants nothing but a login budget) neither.
 */
public enum TokenType {
    ACCESS("access"), REFRESH("refresh"), DEVICE("device");

    public static final String CLAIM = "token_type";

    private final String claimValue;

    TokenType(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }
}
