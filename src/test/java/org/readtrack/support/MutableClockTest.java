package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");

    /** A base clock that the test moves, standing for the system clock. */
    private Clock base = Clock.fixed(T0, ZoneOffset.UTC);

    private final MutableClock clock = new MutableClock(new Clock() {
        @Override
        public Instant instant() {
            return base.instant();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(base.instant(), zone);
        }
    });

    @Test
    void followsItsBaseClockWhenNobodyAdvancesIt() {
        assertThat(clock.instant()).isEqualTo(T0);

        base = Clock.fixed(T0.plusMillis(3), ZoneOffset.UTC);

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(3));
    }

    @Test
    void advancingAddsToTheBaseTimeUntilReset() {
        clock.advance(Duration.ofSeconds(1));
        clock.advance(Duration.ofMinutes(2));
        base = Clock.fixed(T0.plusMillis(5), ZoneOffset.UTC);

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(5).plusSeconds(121));
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(121));

        clock.reset();

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(5));
    }

    @Test
    void aViewInAnotherZoneMovesWithIt() {
        Clock paris = clock.withZone(ZoneId.of("Europe/Paris"));

        clock.advance(Duration.ofHours(1));

        assertThat(paris.getZone()).isEqualTo(ZoneId.of("Europe/Paris"));
        assertThat(paris.instant()).isEqualTo(T0.plusSeconds(3600));
    }

    @Test
    void aSetClockStandsStillUntilAdvancedAndRunsAgainAfterReset() {
        clock.set(T0.plusSeconds(60));
        base = Clock.fixed(T0.plusMillis(7), ZoneOffset.UTC);

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60));

        clock.advance(Duration.ofMillis(499));

        assertThat(clock.instant()).isEqualTo(T0.plusSeconds(60).plusMillis(499));

        clock.reset();

        assertThat(clock.instant()).isEqualTo(T0.plusMillis(7));
    }
}
