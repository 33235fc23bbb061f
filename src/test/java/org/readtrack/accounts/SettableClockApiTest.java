package org.readtrack.accounts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;

import org.readtrack.support.ApiTest;

/**
 * HTTP-level tests whose service runs on a clock that stands still until the test moves it. The token
 * decoders keep the system clock, so the clock must only move forward from the real time: a token it stamps
 * is never expired in their eyes.
 */
abstract class SettableClockApiTest extends ApiTest {

    /** The middle of the current second: a second's worth of requests all happen "at once". */
    @BeforeEach
    void standStill() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS).plusMillis(500));
    }
}
