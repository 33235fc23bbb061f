package org.readtrack.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Finds the HS256 key: the configured secret, else the one kept in the data directory, else a new one. */
final class JwtKeys {

    private static final Logger log = LoggerFactory.getLogger(JwtKeys.class);
    static final int MIN_BYTES = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private JwtKeys() {
    }

    static SecretKey resolve(JwtProperties properties) {
        if (properties.secret() != null && !properties.secret().isEmpty()) {
            byte[] bytes = properties.secret().getBytes(StandardCharsets.UTF_8);
            if (bytes.length < MIN_BYTES) {
                throw new IllegalStateException(
                        "READTRACK_JWT_SECRET must be at least " + MIN_BYTES + " bytes long");
            }
            return new SecretKeySpec(bytes, ALGORITHM);
        }
        return new SecretKeySpec(storedOrNew(properties.keyFile()), ALGORITHM);
    }

    private static byte[] storedOrNew(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            byte[] key = Base64.getDecoder().decode(Files.readString(file).strip());
            if (key.length < MIN_BYTES) {
                throw new IllegalStateException("The key in " + file + " is shorter than " + MIN_BYTES + " bytes");
            }
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT key file " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[64];
        new SecureRandom().nextBytes(key);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temporary = Files.createTempFile(parent, ".jwt-secret", ".tmp");
        try {
            restrictToOwner(temporary);
            Files.writeString(temporary, Base64.getEncoder().encodeToString(key));
            // publish atomically: another instance starting at the same moment keeps whichever key landed first
            Files.createLink(file, temporary);
            log.info("Generated a new JWT signing key in {}", file);
        } catch (FileAlreadyExistsException e) {
            // someone else won the race; their key is the key
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system; the data directory's own permissions apply
        }
    }
}
