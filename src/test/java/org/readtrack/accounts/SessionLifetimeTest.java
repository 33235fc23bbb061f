package org.readtrack.accounts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.readtrack.support.ProblemResponses.expectUnauthorized;

/**
 * A login lasts at most {@code READTRACK_SESSION_MAX_AGE} (30 days by default), however often its refresh
 * token is rotated; refresh tokens live a day ({@code READTRACK_REFRESH_TOKEN_TTL}).
 */
class SessionLifetimeTest extends SettableClockApiTest {

    private static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Duration REFRESH_TTL = Duration.ofDays(1);
    private static final Pattern EXP = Pattern.compile("\"exp\":(\\d+)");

    @Test
    void aRefreshTokenLivesItsOwnTimeToLiveFarFromTheSessionsEnd() {
        Instant login = clock.instant();
        Session alice = user("alice");

        assertThat(expiry(alice.refresh())).isEqualTo(login.plus(REFRESH_TTL).getEpochSecond());
    }

    @Test
    void rotationKeepsTheSessionsStartAndStopsAtItsEnd() {
        Instant login = clock.instant();
        Session alice = user("alice");
        String refresh = alice.refresh();

        // a refresh every 23 hours: always within the token's own day, never past the 30 days
        Duration step = Duration.ofHours(23);
        Map<String, Object> last = null;
        while (!clock.instant().plus(step).isAfter(login.plus(MAX_AGE))) {
            clock.advance(step);
            last = refreshed(refresh);
            refresh = (String) last.get("refresh");
        }
        // 29 days and 17 hours in: the last token ends with the session, not a day later
        assertThat(expiry(refresh)).isEqualTo(login.plus(MAX_AGE).getEpochSecond());
        me((String) last.get("access")).expectStatus().isOk();

        clock.set(login.plus(MAX_AGE));
        expectUnauthorized(refresh(refresh));

        Session again = login("alice", alice.id());
        refresh(again.refresh()).expectStatus().isOk();
    }

    @Test
    void anAccessTokenIssuedNearTheEndStopsWithTheSession() {
        Instant login = clock.instant();
        Instant nearTheEnd = login.plus(MAX_AGE).minus(Duration.ofMinutes(10));
        Session alice = user("alice");
        Map<String, Object> pair = Map.of("refresh", alice.refresh());
        while (clock.instant().isBefore(nearTheEnd)) {
            Instant next = clock.instant().plus(Duration.ofHours(23));
            clock.set(next.isBefore(nearTheEnd) ? next : nearTheEnd);
            pair = refreshed((String) pair.get("refresh"));
        }

        assertThat(expiry((String) pair.get("access"))).isEqualTo(login.plus(MAX_AGE).getEpochSecond());
        me((String) pair.get("access")).expectStatus().isOk();
    }

    @Test
    void eachLoginIsASessionOfItsOwn() {
        long id = register("alice");
        Session first = login("alice", id);
        clock.advance(Duration.ofDays(20));
        Session second = login("alice", id);
        clock.advance(Duration.ofDays(11).minusHours(1)); // the first is 31 days old, the second 11

        // the JWT decoders keep the real clock: these tokens are not expired in their eyes, only the sessions are
        expectUnauthorized(refresh(first.refresh()));
        refresh(second.refresh()).expectStatus().isOk();
    }

    private static long expiry(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher exp = EXP.matcher(claims);
        assertThat(exp.find()).as(claims).isTrue();
        return Long.parseLong(exp.group(1));
    }
}
