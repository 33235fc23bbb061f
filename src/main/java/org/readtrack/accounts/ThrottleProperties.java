package org.readtrack.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

/**
 * Request budgets for the endpoints that attackers aim at, written {@code count/period} ({@code 10/1m} is
 * ten per minute). Per-address and per-name budgets stop one client; the global budget of each action stops
 * a crowd of addresses, which no per-address budget can, from filling the password-hashing queue (or, for
 * refresh, the database's writer). Defaults are in application.yml, next to their environment variables.
 */
@ConfigurationProperties("readtrack.throttle")
record ThrottleProperties(
        boolean enabled,
        Rate loginPerAddress,
        Rate loginPerUsername,
        Rate loginGlobal,
        Rate registerPerAddress,
        Rate registerPerUsername,
        Rate registerGlobal,
        Rate refreshPerAddress,
        Rate refreshPerUser,
        Rate refreshGlobal,
        Rate passwordChangePerAddress,
        Rate passwordChangePerAccount,
        Rate passwordChangeGlobal,
        Rate passwordResetPerAddress,
        Rate passwordResetPerEmail,
        Rate passwordResetGlobal) {

    record Rate(int requests, Duration period) {
        Rate {
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("A rate needs a positive count and period, such as 10/1m");
            }
        }
    }

    @Component
    @ConfigurationPropertiesBinding
    static class RateConverter implements Converter<String, Rate> {
        @Override
        public Rate convert(String source) {
            String[] parts = source.strip().split("/", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException("A rate is written count/period, such as 10/1m: " + source);
            }
            return new Rate(Integer.parseInt(parts[0].strip()), DurationStyle.detectAndParse(parts[1].strip()));
        }
    }
}
