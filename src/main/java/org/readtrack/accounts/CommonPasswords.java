package org.readtrack.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.core.io.ClassPathResource;

/** The bundled list of 19,726 passwords that attackers try first (lower-case, one per line). */
final class CommonPasswords {

    private static final String RESOURCE = "accounts/common-passwords.txt.gz";
    private final Set<String> passwords;

    private CommonPasswords(Set<String> passwords) {
        this.passwords = passwords;
    }

    static CommonPasswords load() {
        Set<String> passwords = new HashSet<>(32_768);
        try (var reader = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(new ClassPathResource(RESOURCE).getInputStream()), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(passwords::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
        return new CommonPasswords(Set.copyOf(passwords));
    }

    boolean contains(String password) {
        return passwords.contains(password.strip().toLowerCase(Locale.ROOT));
    }

    int size() {
        return passwords.size();
    }
}
