package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * The jar serves the web app on the API's own origin: its page for each of its routes, its hashed files cached for
 * good, and never the page where the API or the images would answer 404.
 */
class WebAppServingTest extends ApiTest {

    @Test
    void theRootAndEveryRouteOfTheAppGetThePageWithoutAToken() {
        for (String path : new String[] {"/", "/library", "/contents/12", "/admin/catalog", "/sign-in?next=%2Fstats"}) {
            var page = http.get().uri(path).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                    .expectBody(String.class).returnResult();
            assertThat(page.getResponseBody()).as(path).contains("<div id=\"root\">");
            // a new release must reach users at once
            assertThat(page.getResponseHeaders().getCacheControl()).as(path).isEqualTo("no-cache");
        }
    }

    @Test
    void hashedAssetsAreCachedForGoodAndTheManifestIsServed() {
        String page = http.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        String script = page.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        assertThat(script).startsWith("/assets/");

        http.get().uri(script).exchange().expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CACHE_CONTROL, ".*max-age=31536000.*immutable.*");
        http.get().uri("/manifest.webmanifest").exchange().expectStatus().isOk();
        http.get().uri("/sw.js").exchange().expectStatus().isOk().expectHeader().cacheControl(
                org.springframework.http.CacheControl.noCache());
    }

    @Test
    void browsersThatAcceptCompressionGetTheFilesTheBuildCompressed() throws Exception {
        String page = http.get().uri("/").exchange().expectBody(String.class).returnResult().getResponseBody();
        String script = page.replaceAll("(?s).*src=\"(/assets/[^\"]+\\.js)\".*", "$1");
        // the plain JDK client: Spring's test client would decompress the answer and drop its Content-Encoding
        HttpClient client = HttpClient.newHttpClient();
        HttpResponse<byte[]> plain = client.send(get(script, "identity"), HttpResponse.BodyHandlers.ofByteArray());
        HttpResponse<byte[]> gzip = client.send(get(script, "gzip"), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzip.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzip.headers().allValues("Vary")).anyMatch(value -> value.contains("Accept-Encoding"));
        assertThat(gzip.body().length).isLessThan(plain.body().length / 2);
        assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
                StandardCharsets.UTF_8)).isEqualTo(new String(plain.body(), StandardCharsets.UTF_8));
    }

    private HttpRequest get(String path, String encoding) {
        return HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept-Encoding", encoding).build();
    }

    @Test
    void unknownApiMediaAndFilePathsAreProblemsNotThePage() {
        Session alice = user("alice");
        for (String path : new String[] {"/api/nothing", "/api/progress/1/nothing", "/media/covers/none.jpg",
                "/assets/missing.js", "/robots.txt"}) {
            http.get().uri(path).header("Authorization", alice.bearer()).exchange().expectStatus().isNotFound()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void thePageMayRunItsOwnScriptsOnly() {
        http.get().uri("/library").exchange().expectHeader().valueMatches("Content-Security-Policy",
                ".*default-src 'self'.*script-src 'self';.*object-src 'none'.*frame-ancestors 'none'.*")
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("Referrer-Policy", "same-origin");
        // Swagger UI and the JSON API keep their own rules
        http.get().uri("/api/schema").exchange().expectHeader().doesNotExist("Content-Security-Policy");
    }

    @Test
    void theApiStillNeedsATokenWhereTheAppDoesNot() {
        http.get().uri("/api/progress/").exchange().expectStatus().isUnauthorized();
        http.get().uri("/library").exchange().expectStatus().isOk();
    }
}
