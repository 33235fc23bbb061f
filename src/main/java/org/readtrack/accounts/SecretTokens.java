package org.readtrack.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Single-use secrets sent to a person (invitations, password-reset links): 256 random bits, of which only the
 * SHA-256 digest is stored. A plain digest suffices where a password needs a slow hash: nobody can guess 256
 * random bits however fast each guess is, so whoever reads the table learns nothing usable.
 */
final class SecretTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;

    private SecretTokens() {
    }

    /** 43 URL-safe characters: fits a link as it is. */
    static String generate() {
        byte[] token = new byte[BYTES];
        RANDOM.nextBytes(token);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** What is stored and looked up instead of the token: 64 hex digits. */
    static String digest(String token) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
