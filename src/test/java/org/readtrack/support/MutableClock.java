package org.readtrack.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock in tests: the system clock plus an offset that a test moves forward with
 * {@link #advance}, so that "later" is certain without waiting, while a test that never touches it still sees
 * time pass as it does in production. A test that needs time to stand still (a second's worth of requests
 * all "at once") {@link #set}s it. {@link ApiTest} puts it back on the system clock before each test.
 */
public final class MutableClock extends Clock {

    /** Shared by the views in other zones, so that they all move together. */
    private static final class State {
        private Duration offset = Duration.ZERO;
        private Instant stoppedAt;
    }

    private final Clock base;
    private final State state;

    public MutableClock(Clock base) {
        this(base, new State());
    }

    private MutableClock(Clock base, State state) {
        this.base = base;
        this.state = state;
    }

    /** Moves this clock forward (a negative amount moves it back), whether it runs or stands still. */
    public void advance(Duration amount) {
        synchronized (state) {
            if (state.stoppedAt != null) {
                state.stoppedAt = state.stoppedAt.plus(amount);
            } else {
                state.offset = state.offset.plus(amount);
            }
        }
    }

    /** Stops this clock at {@code instant}; it stands still there until advanced, set or reset. */
    public void set(Instant instant) {
        synchronized (state) {
            state.stoppedAt = instant;
        }
    }

    /** Back to the time of the underlying clock, running. */
    public void reset() {
        synchronized (state) {
            state.offset = Duration.ZERO;
            state.stoppedAt = null;
        }
    }

    public Duration offset() {
        synchronized (state) {
            return state.offset;
        }
    }

    @Override
    public Instant instant() {
        synchronized (state) {
            return state.stoppedAt != null ? state.stoppedAt : base.instant().plus(state.offset);
        }
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a view in another zone that moves with this one
        return new MutableClock(base.withZone(zone), state);
    }
}
