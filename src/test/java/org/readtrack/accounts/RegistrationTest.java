package org.readtrack.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.MediaType;

class RegistrationTest extends ApiTest {

    @Test
    void registersAUserAndAnswersWithTheAccount() {
        http.post().uri("/api/auth/register/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("username", "alice", "email", "alice@example.org", "password", PASSWORD,
                        "first_name", "Alice", "last_name", "Liddell"))
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody()
                .jsonPath("$.id").isNumber()
                .jsonPath("$.username").isEqualTo("alice")
                .jsonPath("$.email").isEqualTo("alice@example.org")
                .jsonPath("$.first_name").isEqualTo("Alice")
                .jsonPath("$.last_name").isEqualTo("Liddell")
                .jsonPath("$.role").isEqualTo("user")
                .jsonPath("$.date_joined").value(String.class, v -> org.assertj.core.api.Assertions.assertThat(v).endsWith("Z"))
                .jsonPath("$.password").doesNotExist();
    }
}
