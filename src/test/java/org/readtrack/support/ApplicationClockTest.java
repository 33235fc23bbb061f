package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application takes its time from the tests' {@link MutableClock}, and each test starts with it at zero. */
class ApplicationClockTest extends CatalogApiTest {

    @Autowired
    private Clock applicationClock;

    @Test
    void theApplicationsClockIsTheTestClock() {
        assertThat(applicationClock).isSameAs(clock);
        assertThat(clock.offset()).isZero();
    }

    @Test
    void advancingItMovesTheTimestampsTheApplicationWrites() {
        Session admin = admin("clockwatcher");
        Instant before = Instant.now();

        clock.advance(Duration.ofDays(3));
        Instant created = post(admin, "/api/categories/", Map.of("name", "Later")).expect(201).instant("created_at");

        assertThat(created).isAfterOrEqualTo(before.plus(Duration.ofDays(3)).minusMillis(1))
                .isBefore(Instant.now().plus(Duration.ofDays(3)).plusSeconds(1));
    }
}
