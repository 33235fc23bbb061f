package org.readtrack.security;

/** The {@code token_type} claim: refresh tokens are never accepted where an access token is expected. */
public enum TokenType {
    ACCESS("access"), REFRESH("refresh");

    public static final String CLAIM = "token_type";

    private final String claimValue;

    TokenType(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }
}
