package org.readtrack.accounts;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.readtrack.web.ServiceBusyException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.stereotype.Component;

/** Argon2id hashing with a bound on how many hashes run at once (see {@link PasswordProperties}). */
@Component
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;

    private final Argon2PasswordEncoder encoder;
    private final Semaphore permits;
    private final Duration queueTimeout;
    /** Verified against when the account does not exist, so that both cases take as long. */
    private final String decoyHash;

    PasswordHasher(PasswordProperties properties) {
        this.encoder = new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, 1, properties.memoryKib(),
                properties.iterations());
        this.permits = new Semaphore(properties.effectiveConcurrency(), true);
        this.queueTimeout = properties.queueTimeout();
        this.decoyHash = encoder.encode("decoy password that nobody has");
    }

    public String hash(String password) {
        return bounded(() -> encoder.encode(password));
    }

    boolean matches(String password, String hash) {
        return bounded(() -> encoder.matches(password, hash));
    }

    /** Spends the time a real check would, for an account that does not exist. */
    void matchDecoy(String password) {
        matches(password, decoyHash);
    }

    private <T> T bounded(Supplier<T> work) {
        boolean acquired;
        try {
            acquired = permits.tryAcquire(queueTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceBusyException(Duration.ofSeconds(1));
        }
        if (!acquired) {
            throw new ServiceBusyException(Duration.ofSeconds(1));
        }
        try {
            return work.get();
        } finally {
            permits.release();
        }
    }
}
