package org.readtrack.accounts;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

import org.readtrack.database.CaseFolding;
import org.readtrack.shared.ThrottledException;
import org.springframework.stereotype.Component;

/**
 * Token buckets per client address, per name or account, and for everyone at once, for login,
 * registration, refresh, password change and password reset. Buckets live in memory, each instance of a
 * scaled-out deployment counting on its own.
 *
 * <p>Whatever a client sends, what is kept for it is small and bounded: callers validate a request before
 * it is keyed, names are keyed by a digest of fixed length, and the cache is bounded by an estimate of the
 * bytes it holds rather than by a number of entries. An IPv6 client is keyed by its /64 (one subscriber
 * usually has a whole /64, so keying by address would give it billions of budgets).
 *
 * <p>Within one action the global budget is taken last: a request that its own address, name or account
 * budget refuses never reaches the expensive work, so it does not spend everyone's budget either.
 */
@Component
class AuthThrottle {

    /** About 10,000 entries: a few MB of an 88 MB heap. */
    static final long MAX_WEIGHT_BYTES = 4L * 1024 * 1024;

    /**
     * Measured: 200,000 entries of this cache (33-character key, one-limit Bucket4j bucket, its period)
     * took 474 bytes each on a 64-bit JVM with compressed pointers, of which about 75 are the key: the
     * bucket with its state and configuration, the cache node with its expiry and its share of the table
     * make the rest.
     */
    private static final int ENTRY_BYTES = 400;
    /** A Latin-1 string: object header and fields, array header; then one byte per character. */
    private static final int STRING_BYTES = 40;
    /** 128 bits of SHA-256: collisions between names are out of reach, and the key stays short. */
    private static final int DIGEST_BYTES = 16;
    /** What Tomcat reports for an IPv6 client (hex digits, colons, maybe an embedded IPv4 address). */
    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]{1,44}");
    /** Longer than any address literal: something else, kept as a digest like a name. */
    private static final int MAX_PLAIN_ADDRESS = 45;

    enum Action {
        LOGIN("login"), REGISTRATION("registration"), REFRESH("refresh"), PASSWORD_CHANGE("password_change"),
        PASSWORD_RESET("password_reset"), PASSWORD_RESET_CONFIRM("password_reset_confirm");

        final String label;

        Action(String label) {
            this.label = label;
        }
    }

    private final ThrottleProperties properties;
    private final Cache<String, Tracked> buckets;

    AuthThrottle(ThrottleProperties properties) {
        this.properties = properties;
        this.buckets = Caffeine.newBuilder()
                .maximumWeight(MAX_WEIGHT_BYTES)
                .weigher((String key, Tracked tracked) -> ENTRY_BYTES + STRING_BYTES + key.length())
                // a bucket left alone for its period is full again: forgetting it changes nothing
                .expireAfter(Expiry.accessing((String key, Tracked tracked) -> tracked.period()))
                .build();
    }

    /** A bucket and the period after which, untouched, it is as good as new. */
    private record Tracked(Bucket bucket, Duration period) {
    }

    /**
     * Per address and per name, before the account is even looked up. A browser known to some account
     * ({@link KnownDevices}) skips the name's budget here: once the name is looked up, {@link #loginTo} takes
     * the budget of the account, or of that browser if it is known to that very account.
     */
    void login(String address, String username, boolean knownDevice) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.LOGIN, "address", "login-address:" + addressKey(address), properties.loginPerAddress(),
                address, null);
        if (!knownDevice) {
            // the same folding that finds the account, so that spacing and case variants of one name share a budget
            take(Action.LOGIN, "username", "login-user:" + nameKey(username), properties.loginPerUsername(),
                    address, null);
        }
    }

    /**
     * Once the name is looked up: the per-name budget again, kept by account (so that a username and an
     * email address that name one account share it), or kept by browser for one the account knows (so that
     * failures elsewhere do not lock its owner out); then the budget of all logins.
     */
    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    void loginTo(String address, Optional<Long> accountId, Optional<KnownDevices.Device> device) {
        if (!properties.enabled()) {
            return;
        }
        Long account = accountId.orElse(null);
        if (account != null) {
            Optional<KnownDevices.Device> known = device.filter(one -> one.accountId() == account);
            if (known.isPresent()) {
                take(Action.LOGIN, "device", "login-device:" + account + ":" + known.get().id(),
                        properties.loginPerUsername(), address, account);
            } else {
                take(Action.LOGIN, "account", "login-account:" + account, properties.loginPerUsername(), address,
                        account);
            }
        }
        take(Action.LOGIN, "global", "login-global", properties.loginGlobal(), address, account);
    }

    /** For a request already validated: the username is at most 150 characters of a known alphabet. */
    void register(String address, String username) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.REGISTRATION, "address", "register-address:" + addressKey(address),
                properties.registerPerAddress(), address, null);
        take(Action.REGISTRATION, "username", "register-user:" + nameKey(username),
                properties.registerPerUsername(), address, null);
        take(Action.REGISTRATION, "global", "register-global", properties.registerGlobal(), address, null);
    }

    /** Before the token is even read: guessing tokens costs budget too. */
    void refresh(String address) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.REFRESH, "address", "refresh-address:" + addressKey(address), properties.refreshPerAddress(),
                address, null);
    }

    /** Once the token is known to be genuine: the account's budget, then everyone's. */
    void refreshOf(String address, long userId) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.REFRESH, "account", "refresh-user:" + userId, properties.refreshPerUser(), address, userId);
        take(Action.REFRESH, "global", "refresh-global", properties.refreshGlobal(), address, userId);
    }

    /** Each attempt hashes twice (the old password checked, the new one hashed): budgeted like a login. */
    void passwordChange(String address, long userId) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.PASSWORD_CHANGE, "address", "password-address:" + addressKey(address),
                properties.passwordChangePerAddress(), address, userId);
        take(Action.PASSWORD_CHANGE, "account", "password-user:" + userId, properties.passwordChangePerAccount(),
                address, userId);
        take(Action.PASSWORD_CHANGE, "global", "password-global", properties.passwordChangeGlobal(), address,
                userId);
    }

    /**
     * A reset mail asked for: per address, per email address (so that nobody can flood one mailbox from many
     * addresses) and for everyone at once (the mail server's quota). For a request already validated: the
     * address is at most 254 characters.
     */
    void passwordReset(String address, String email) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.PASSWORD_RESET, "address", "reset-address:" + addressKey(address),
                properties.passwordResetPerAddress(), address, null);
        take(Action.PASSWORD_RESET, "email", "reset-email:" + nameKey(email), properties.passwordResetPerEmail(),
                address, null);
        take(Action.PASSWORD_RESET, "global", "reset-global", properties.passwordResetGlobal(), address, null);
    }

    /**
     * A new password set with a mailed token: hashed like a password change, so it shares the password
     * changes' budgets per address and for everyone (the account is not known before the token is checked).
     */
    void passwordResetConfirm(String address) {
        if (!properties.enabled()) {
            return;
        }
        take(Action.PASSWORD_RESET_CONFIRM, "address", "password-address:" + addressKey(address),
                properties.passwordChangePerAddress(), address, null);
        take(Action.PASSWORD_RESET_CONFIRM, "global", "password-global", properties.passwordChangeGlobal(), address,
                null);
    }

    /** The bytes the cache estimates it holds; for tests. */
    long trackedBytes() {
        buckets.cleanUp();
        return buckets.policy().eviction().orElseThrow().weightedSize().orElseThrow();
    }

    private void take(Action action, String budget, String key, ThrottleProperties.Rate rate, String address,
            Long userId) {
        Bucket bucket = buckets.get(key, k -> new Tracked(Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.requests())
                        .refillGreedy(rate.requests(), rate.period()).build())
                .build(), rate.period())).bucket();
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            SecurityEvents.throttled(action.label, budget, address, userId);
            throw new ThrottledException(Duration.ofNanos(probe.getNanosToWaitForRefill()));
        }
    }

    /**
     * An IPv4 address as it is; an IPv6 address by its /64, the smallest block a subscriber usually gets.
     * Only text that starts with a hex digit or a colon and has a colon is parsed: the JDK then reads it as
     * a literal or fails, and never turns it into a name lookup.
     */
    static String addressKey(String address) {
        if (address.indexOf(':') >= 0 && IPV6_LITERAL.matcher(address).matches()) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                // an IPv4-mapped address comes back as the IPv4 address it maps
                return parsed instanceof Inet6Address v6
                        ? HexFormat.of().formatHex(v6.getAddress(), 0, 8) + "/64"
                        : parsed.getHostAddress();
            } catch (UnknownHostException e) {
                return digest(address);
            }
        }
        return address.length() <= MAX_PLAIN_ADDRESS ? address : digest(address);
    }

    /** The folded name by a digest of fixed size: one character can fold to eighteen (U+FDFA). */
    private static String nameKey(String name) {
        return digest(CaseFolding.fold(name.strip()));
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, DIGEST_BYTES));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }
}
