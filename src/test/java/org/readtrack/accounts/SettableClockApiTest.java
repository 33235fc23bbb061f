package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.readtrack.support.ApiTest;
import org.readtrack.support.SettableClock;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * HTTP-level tests whose service runs on a clock that stands still until the test moves it. Subclasses
 * share one application context. The token decoders keep the system clock, so the clock must only move
 * forward from the real time: a token it stamps is never expired in their eyes.
 */
abstract class SettableClockApiTest extends ApiTest {

    protected static final SettableClock CLOCK = new SettableClock(Instant.now());

    @TestBean(name = "clock", methodName = "settableClock")
    Clock clock;

    static Clock settableClock() {
        return CLOCK;
    }

    /** The middle of the current second: a second's worth of requests all happen "at once". */
    @BeforeEach
    void standStill() {
        CLOCK.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500));
    }
}
