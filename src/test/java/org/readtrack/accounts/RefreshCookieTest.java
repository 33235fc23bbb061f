package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectInvalid;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

import java.net.HttpCookie;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.readtrack.security.JwtProperties;
import org.readtrack.security.RefreshTokenCookie;
import org.readtrack.shared.PublicUrl;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * The web app's login: with {@code ?cookie=true} the refresh token travels in an {@code HttpOnly} cookie that
 * its scripts never see, and refresh and logout take it from there. Other clients see no difference.
 */
class RefreshCookieTest extends ApiTest {

    @Autowired
    JwtProperties jwtProperties;

    @Test
    void loginWithTheCookieOptionPutsTheRefreshTokenInAStrictHttpOnlyCookieAndNotInTheBody() {
        register("alice");

        EntityExchangeResult<Map<String, Object>> login = login("alice");

        assertThat(login.getResponseBody()).containsOnlyKeys("access");
        String header = login.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE);
        assertThat(header).contains("HttpOnly", "SameSite=Strict", "Path=/api/auth/", "Max-Age=86400")
                // plain HTTP on the machine itself, where browsers allow it: not Secure
                .doesNotContain("Secure");
        me((String) login.getResponseBody().get("access")).expectStatus().isOk();
    }

    @Test
    void theCookieIsSecureExceptOverPlainHttpOnTheMachineItself() {
        RefreshTokenCookie cookie = new RefreshTokenCookie(jwtProperties, new PublicUrl("http://localhost:8000"));
        assertThat(cookie.secureFor(request("http", "readtrack.example.org"))).isTrue();
        assertThat(cookie.secureFor(request("https", "readtrack.example.org"))).isTrue();
        assertThat(cookie.secureFor(request("http", "192.168.1.20"))).isTrue();
        assertThat(cookie.secureFor(request("http", "localhost"))).isFalse();
        assertThat(cookie.secureFor(request("http", "127.0.0.1"))).isFalse();
        assertThat(cookie.secureFor(request("https", "localhost"))).isTrue();
    }

    @Test
    void theCookieIsSecureWhenThePublicAddressIsHttpsEvenIfAProxyForwardsToTheMachineItself() {
        RefreshTokenCookie cookie = new RefreshTokenCookie(jwtProperties, new PublicUrl("https://books.example.org"));

        assertThat(cookie.secureFor(request("http", "localhost"))).isTrue();
        assertThat(cookie.secureFor(request("http", "127.0.0.1"))).isTrue();
    }

    private static MockHttpServletRequest request(String scheme, String host) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/auth/login");
        request.setScheme(scheme);
        request.setSecure(scheme.equals("https"));
        request.setServerName(host);
        return request;
    }

    @Test
    void refreshTakesTheTokenFromTheCookieAndRotatesIt() {
        register("alice");
        String first = cookieValue(login("alice"));

        var refreshed = refreshWithCookie(first).expectStatus().isOk().expectBody(JSON_OBJECT).returnResult();

        assertThat(refreshed.getResponseBody()).containsOnlyKeys("access");
        String second = cookieValue(refreshed);
        assertThat(second).isNotBlank().isNotEqualTo(first);
        me((String) refreshed.getResponseBody().get("access")).expectStatus().isOk();
        // rotation: the first cookie is spent, and presenting it again revokes the whole login
        expectUnauthorized(refreshWithCookie(first));
        expectUnauthorized(refreshWithCookie(second));
    }

    @Test
    void logoutRevokesTheCookiesTokenAndClearsTheCookie() {
        register("alice");
        var login = login("alice");
        String token = cookieValue(login);
        String access = (String) login.getResponseBody().get("access");

        var logout = http.post().uri("/api/auth/logout/").header("Authorization", "Bearer " + access)
                .cookie(RefreshTokenCookie.NAME, token).exchange().expectStatus().isNoContent().expectBody().returnResult();

        assertThat(logout.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE)).contains(RefreshTokenCookie.NAME + "=;",
                "Max-Age=0", "Path=/api/auth/");
        expectUnauthorized(refreshWithCookie(token));
    }

    @Test
    void clientsWithoutTheCookieSeeTheSameContractAsBefore() {
        Session alice = user("alice");

        var pair = http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("refresh", alice.refresh())).exchange().expectStatus().isOk()
                .expectBody(JSON_OBJECT).returnResult();

        assertThat(pair.getResponseBody()).containsOnlyKeys("access", "refresh");
        assertThat(pair.getResponseHeaders().get(HttpHeaders.SET_COOKIE)).isNull();
        expectInvalid(http.post().uri("/api/auth/refresh/").contentType(MediaType.APPLICATION_JSON).body(Map.of())
                .exchange(), "refresh");
        expectInvalid(http.post().uri("/api/auth/refresh/").exchange(), "refresh");
    }

    private EntityExchangeResult<Map<String, Object>> login(String username) {
        return http.post().uri("/api/auth/login/?cookie=true")
                .contentType(MediaType.APPLICATION_JSON).body(Map.of("username", username, "password", PASSWORD))
                .exchange().expectStatus().isOk().expectBody(JSON_OBJECT).returnResult();
    }

    private RestTestClient.ResponseSpec refreshWithCookie(String token) {
        return http.post().uri("/api/auth/refresh/").cookie(RefreshTokenCookie.NAME, token).exchange();
    }

    private RestTestClient.ResponseSpec me(String access) {
        return http.get().uri("/api/auth/me/").header("Authorization", "Bearer " + access).exchange();
    }

    private static String cookieValue(EntityExchangeResult<?> result) {
        List<HttpCookie> cookies = HttpCookie.parse(result.getResponseHeaders().getFirst(HttpHeaders.SET_COOKIE));
        return cookies.get(0).getValue();
    }
}
