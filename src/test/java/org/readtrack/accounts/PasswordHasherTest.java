package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new PasswordProperties(1024, 2, 1, 1));

    @Test
    void aHashMatchesItsPasswordAndNoOther() {
        String hash = hasher.hash("Correct-Horse-Battery");

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=2,p=1$");
        assertThat(hasher.matches("Correct-Horse-Battery", hash)).isTrue();
        assertThat(hasher.matches("Correct-Horse-Batterz", hash)).isFalse();
        assertThat(hasher.hash("Correct-Horse-Battery")).as("salted").isNotEqualTo(hash);
    }

    @Test
    void hashesAreReadableBySpringSecuritysEncoderAndTheOtherWayRound() {
        Argon2PasswordEncoder spring = new Argon2PasswordEncoder(16, 32, 1, 2048, 3);

        assertThat(spring.matches("Zażółć-gęślą-jaźń", hasher.hash("Zażółć-gęślą-jaźń"))).isTrue();
        assertThat(hasher.matches("Zażółć-gęślą-jaźń", spring.encode("Zażółć-gęślą-jaźń"))).isTrue();
        assertThat(hasher.matches("zażółć-gęślą-jaźń", spring.encode("Zażółć-gęślą-jaźń"))).isFalse();
    }

    @Test
    void aHashMadeWithAnotherCostStillMatchesAfterTheCostChanged() {
        String before = new PasswordHasher(new PasswordProperties(2048, 1, 1, 1)).hash("Old-Cost-Password");

        assertThat(hasher.matches("Old-Cost-Password", before)).isTrue();
        assertThat(hasher.isCurrent(before)).isFalse();
        assertThat(hasher.isCurrent(hasher.hash("Old-Cost-Password"))).isTrue();
    }

    @Test
    void damagedOrForeignHashesMatchNothing() {
        String hash = hasher.hash("Some-Password-1");

        assertThat(hasher.matches("Some-Password-1", "")).isFalse();
        assertThat(hasher.matches("Some-Password-1", "{bcrypt}$2a$10$abcdefghijklmnopqrstuv")).isFalse();
        assertThat(hasher.matches("Some-Password-1", hash.replace("$argon2id$", "$argon2i$"))).isFalse();
        assertThat(hasher.matches("Some-Password-1", hash.replace(",p=1$", ",p=0$"))).isFalse();
        assertThat(hasher.matches("Some-Password-1", hash.substring(0, hash.lastIndexOf('$') + 2))).isFalse();
    }

    @Test
    void hashingThreadsShareThePooledMemoryWithoutMixingUpResults() {
        String hash = hasher.hash("Shared-Pool-Password");

        // more simultaneous hashes than the pool was sized for: extra blocks are allocated, results unaffected
        var checks = IntStream.range(0, 8)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> hasher.matches(
                        i % 2 == 0 ? "Shared-Pool-Password" : "Wrong-Pool-Password", hash)))
                .toList();

        assertThat(checks.stream().map(CompletableFuture::join))
                .containsExactly(true, false, true, false, true, false, true, false);
    }
}
