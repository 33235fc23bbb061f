package org.readtrack.accounts;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.readtrack.security.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CallersTest {

    private final UserStore users = mock(UserStore.class);
    private final Callers callers = new Callers(users, Duration.ofMinutes(1));

    @Test
    void theCacheIsBoundedByTheSizeOfItsEntriesNotTheirNumber() {
        // 510 bytes an entry by the weigher: 20,000 accounts with the longest names weigh 10 MB
        when(users.findCaller(anyLong()))
                .thenReturn(Optional.of(new Caller("u".repeat(150), Role.USER, true, null)));
        for (long id = 1; id <= 20_000; id++) {
            callers.find(id);
        }

        assertThat(callers.keptBytes()).isPositive().isLessThanOrEqualTo(Callers.MAX_BYTES);
    }

    @Test
    void aTypicalAccountWeighsAFewHundredBytes() {
        when(users.findCaller(anyLong())).thenReturn(Optional.empty());
        callers.find(1);
        assertThat(callers.keptBytes()).isEqualTo(210);
    }
}
