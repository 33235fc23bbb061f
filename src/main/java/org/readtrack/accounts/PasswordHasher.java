package org.readtrack.accounts;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing. It is slow and memory-hungry on purpose; HTTP requests that hash run on
 * {@link PasswordWork}, which bounds how many do so at once.
 */
@Component
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;
    /** Verified against when the account does not exist, so that both cases take as long. */
    private final String decoyHash;

    PasswordHasher(PasswordProperties properties) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, properties.memoryKib(),
                properties.iterations());
        this.decoyHash = encoder.encode("decoy password that nobody has");
    }

    public String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash);
    }

    /** Spends the time a real check would, for an account that does not exist. */
    void matchDecoy(String password) {
        matches(password, decoyHash);
    }
}
