package org.readtrack.accounts;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.readtrack.shared.ThrottledException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The keys and the memory bound, on an instance of its own: the HTTP tests share theirs with every test. */
class AuthThrottleTest {

    private static final ThrottleProperties.Rate PLENTY = new ThrottleProperties.Rate(1_000_000, Duration.ofMinutes(1));

    private final AuthThrottle throttle = new AuthThrottle(new ThrottleProperties(true, PLENTY, PLENTY, PLENTY,
            PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY));

    @Test
    void aNameTakesTheSameRoomWhateverItsLengthOrFolding() {
        throttle.login("198.51.100.7", "x", false);
        long first = throttle.trackedBytes();
        throttle.login("198.51.100.7", "y", false);
        long shortName = throttle.trackedBytes() - first;

        // each U+FDFA folds to 18 characters: 4,572 of them, as a key of its own
        throttle.login("198.51.100.7", "\uFDFA".repeat(254), false);
        long longName = throttle.trackedBytes() - first - shortName;

        assertThat(shortName).isPositive();
        assertThat(longName).isEqualTo(shortName);
    }

    @Test
    void whatIsKeptStaysWithinItsBoundHoweverManyNamesAreTried() {
        for (int i = 0; i < 30_000; i++) {
            throttle.login("198.51.100.7", "name-" + i, false);
        }

        assertThat(throttle.trackedBytes()).isPositive().isLessThanOrEqualTo(AuthThrottle.MAX_WEIGHT_BYTES);
    }

    @Test
    void anIpv6ClientIsKeyedByItsSlash64() {
        String key = AuthThrottle.addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd");

        assertThat(AuthThrottle.addressKey("2001:db8:1:2::1")).isEqualTo(key);
        assertThat(AuthThrottle.addressKey("2001:0DB8:0001:0002:0:0:0:ffff")).isEqualTo(key);
        assertThat(AuthThrottle.addressKey("2001:db8:1:3::1")).isNotEqualTo(key);
    }

    @Test
    void anIpv4ClientIsKeyedByItsAddressEvenWhenMappedIntoIpv6() {
        assertThat(AuthThrottle.addressKey("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(AuthThrottle.addressKey("::ffff:198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(AuthThrottle.addressKey("198.51.100.8")).isNotEqualTo("198.51.100.7");
    }

    @Test
    void somethingElseThanAnAddressIsKeptShort() {
        assertThat(AuthThrottle.addressKey("unknown")).isEqualTo("unknown");
        assertThat(AuthThrottle.addressKey("x".repeat(10_000))).hasSizeLessThan(45);
        assertThat(AuthThrottle.addressKey("1:2:3:4:5:6:7:8:9:10")).hasSizeLessThan(45);
    }

    @Test
    void theGlobalBudgetIsSharedByEveryAddress() {
        ThrottleProperties.Rate two = new ThrottleProperties.Rate(2, Duration.ofMinutes(1));
        AuthThrottle small = new AuthThrottle(new ThrottleProperties(true, PLENTY, PLENTY, two,
                PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY, PLENTY));
        small.loginTo("198.51.100.1", Optional.empty(), Optional.empty());
        small.loginTo("198.51.100.2", Optional.of(7L), Optional.empty());

        assertThatThrownBy(() -> small.loginTo("2001:db8::1", Optional.empty(), Optional.empty()))
                .isInstanceOf(ThrottledException.class);
    }
}
