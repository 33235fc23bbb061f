package org.readtrack.web;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

/** A web app served from another origin may call the API with the headers the API reads, and only from there. */
@TestPropertySource(properties = "readtrack.http.cors-origins=https://reader.example")
class CrossOriginTest extends ApiTest {

    @Test
    void anAllowedOriginMaySendTheTokenAndTheTimeZone() {
        http.options().uri("/api/progress/7/advance/")
                .header(HttpHeaders.ORIGIN, "https://reader.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization, time-zone")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://reader.example")
                .expectHeader().valueMatches(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, "(?i).*time-zone.*");
    }

    @Test
    void anotherOriginIsRefused() {
        http.options().uri("/api/progress/7/advance/")
                .header(HttpHeaders.ORIGIN, "https://elsewhere.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange()
                .expectStatus().isForbidden();
    }
}
