package org.readtrack.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import org.readtrack.security.PersonalTokenVerifier;

/**
 * The secrets of personal API tokens: 32 random bytes (256 bits), base64url, after the prefix that tells them
 * from access tokens. Only their SHA-256 is stored. A slow password hash would protect nothing more here: the
 * secret is random, not chosen by a person, so no dictionary helps to guess it back from its hash, and the
 * hash must be computed on every request that uses the token.
 */
final class PersonalTokenSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int BYTES = 32;
    /** Prefix and base64url of 32 bytes (43 characters); anything longer is no token of ours. */
    static final int LENGTH = PersonalTokenVerifier.PREFIX.length() + 43;

    private PersonalTokenSecrets() {
    }

    static String generate() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        return PersonalTokenVerifier.PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** What is stored, and looked up, for a secret: its SHA-256 in hexadecimal. */
    static String hash(String secret) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
