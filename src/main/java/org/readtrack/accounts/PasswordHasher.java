package org.readtrack.accounts;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.springframework.stereotype.Component;

/**
 * Argon2id hashing with Bouncy Castle, stored in the usual PHC string form
 * ({@code $argon2id$v=19$m=…,t=…,p=…$salt$hash}, the form Spring Security's Argon2PasswordEncoder reads
 * and writes too). It is slow and memory-hungry on purpose; HTTP requests that hash run on
 * {@link PasswordWork}, which bounds how many do so at once.
 *
 * <p>Why not Spring Security's encoder: it gives every hash fresh Argon2 memory (16 MiB by default), and
 * under a login flood that churn filled the small heap so fast that full collections ran several times a
 * second, pausing every other request. Here the memory blocks come from one pool sized for the hashing
 * threads, so they are allocated once and reused (Bouncy Castle clears each block before returning it).
 */
@Component
public class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int LANES = 1;
    private static final Pattern ENCODED = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,2})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final Base64.Encoder BASE64 = Base64.getEncoder().withoutPadding();

    private final int memoryKib;
    private final int iterations;
    private final Argon2BytesGenerator.BlockPool blocks;
    private final SecureRandom random = new SecureRandom();
    /** Verified against when the account does not exist, so that both cases take as long. */
    private final String decoyHash;

    PasswordHasher(PasswordProperties properties) {
        this.memoryKib = properties.memoryKib();
        this.iterations = properties.iterations();
        this.blocks = new Argon2BytesGenerator.FixedBlockPool(
                properties.effectiveConcurrency() * Argon2BytesGenerator.getBlockCount(memoryKib, LANES));
        this.decoyHash = hash("decoy password that nobody has");
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, memoryKib, iterations, LANES, HASH_BYTES);
        return "$argon2id$v=19$m=%d,t=%d,p=%d$%s$%s".formatted(memoryKib, iterations, LANES,
                BASE64.encodeToString(salt), BASE64.encodeToString(hash));
    }

    /** Checks with the cost the hash was made with, so hashes survive a change of the configured cost. */
    boolean matches(String password, String encoded) {
        Matcher parts = ENCODED.matcher(encoded);
        if (!parts.matches()) {
            return false;
        }
        try {
            byte[] salt = Base64.getDecoder().decode(parts.group(4));
            byte[] expected = Base64.getDecoder().decode(parts.group(5));
            byte[] actual = derive(password, salt, Integer.parseInt(parts.group(1)),
                    Integer.parseInt(parts.group(2)), Integer.parseInt(parts.group(3)), expected.length);
            return MessageDigest.isEqual(expected, actual);
        } catch (IllegalArgumentException | IllegalStateException damaged) {
            // not Base64, or a cost Argon2 refuses: not a hash this password can match
            return false;
        }
    }

    /**
     * Whether a hash was made with the configured cost. One that was not still matches, but should be
     * made again at the next login: checking it takes its own cost's memory, outside the block pool.
     */
    boolean isCurrent(String encoded) {
        return encoded.startsWith("$argon2id$v=19$m=%d,t=%d,p=%d$".formatted(memoryKib, iterations, LANES));
    }

    /** Spends the time a real check would, for an account that does not exist. */
    void matchDecoy(String password) {
        matches(password, decoyHash);
    }

    private byte[] derive(String password, byte[] salt, int memory, int time, int lanes, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(memory)
                .withIterations(time)
                .withParallelism(lanes)
                .withBlockPool(blocks)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] hash = new byte[length];
        generator.generateBytes(password.toCharArray(), hash); // UTF-8, as Spring Security's encoder does
        return hash;
    }
}
