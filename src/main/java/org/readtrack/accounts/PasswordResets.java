package org.readtrack.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.Timestamps;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.InvalidInputException;
import org.readtrack.shared.PublicUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Password reset by mail: a link with a single-use token, valid for an hour, and the new password set with it.
 * A token is void once used, once expired, and once the account's password or email address changed after it
 * was made (the row keeps a fingerprint of both): whoever reads an old mail later cannot use it. Setting the
 * password ends every session of the account, like a password change.
 */
@Component
class PasswordResets {

    private static final Logger events = LoggerFactory.getLogger("readtrack.security");

    static final Duration VALID_FOR = Duration.ofHours(1);
    /** A link an administrator hands over by hand (a chat, a note) may wait longer than a mail to be opened. */
    static final Duration HANDED_OVER_VALID_FOR = Duration.ofDays(1);
    static final String BLOCKED = "This account is blocked: unblock it before making it a password reset link.";
    static final String INVALID_TOKEN = "This password reset link is invalid or has expired.";

    private final UserStore users;
    private final PasswordResetTokenStore resetTokens;
    private final AccountChanges changes;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final ResetMail mail;
    private final PublicUrl publicUrl;
    private final Clock clock;

    PasswordResets(UserStore users, PasswordResetTokenStore resetTokens, AccountChanges changes, PasswordPolicy policy,
            PasswordHasher hasher, ResetMail mail, PublicUrl publicUrl, Clock clock) {
        this.users = users;
        this.resetTokens = resetTokens;
        this.changes = changes;
        this.policy = policy;
        this.hasher = hasher;
        this.mail = mail;
        this.publicUrl = publicUrl;
        this.clock = clock;
    }

    /** Whether reset by mail is on: a mail server is configured. */
    boolean enabled() {
        return mail.enabled();
    }

    /**
     * Mails a reset link to the active account with this address, if there is one; nothing otherwise. Runs
     * after the request was answered ({@link MailWork}), so failures are logged, never answered.
     */
    /** @param language the requester's language, for an account that chose none */
    void mailLink(String email, Locale language) {
        Optional<Account> found = users.findByEmail(email).filter(Account::active);
        if (found.isEmpty()) {
            events.info("event=password_reset_requested user=- mailed=false");
            return;
        }
        Account account = found.get();
        String token = SecretTokens.generate();
        Instant now = Timestamps.now(clock);
        resetTokens.insert(SecretTokens.digest(token), account.id(), fingerprint(account), now, now.plus(VALID_FOR));
        try {
            mail.send(account, token, VALID_FOR, ResetMail.language(account.profile().preferences().language(),
                    language));
            events.info("event=password_reset_requested user={} mailed=true", account.id());
        } catch (RuntimeException e) {
            // the link in the body is a secret: the failure's message is enough
            events.warn("event=password_reset_mail_failed user={} error={}", account.id(), e.toString());
        }
    }

    /**
     * A reset link for an administrator to give the account's owner, the way back in when mail is off or does not
     * arrive. The token is the mailed one's kind (once, void when the password or address changes), valid a day.
     * A blocked account could not use it: a 409 says so.
     */
    ResetLink linkFor(long administratorId, long userId) {
        Account account = users.get(userId);
        if (!account.active()) {
            throw new ConflictException(BLOCKED);
        }
        String token = SecretTokens.generate();
        Instant now = Timestamps.now(clock);
        Instant expiresAt = now.plus(HANDED_OVER_VALID_FOR);
        resetTokens.insert(SecretTokens.digest(token), account.id(), fingerprint(account), now, expiresAt);
        events.info("event=password_reset_link_made user={} by={}", account.id(), administratorId);
        return new ResetLink(publicUrl.link("/reset-password", "token", token), expiresAt);
    }

    /** The page that sets a new password with a token, and until when it does: given once, on the wire as is. */
    record ResetLink(String url, Instant expiresAt) {
    }

    /**
     * Sets the new password if the token is live: a 400 on {@code token} otherwise, before anything else is
     * looked at; then a 400 on {@code new_password} if the policy refuses it. The new password is hashed outside
     * any transaction ({@link AccountChanges#resetPassword} settles the rest).
     */
    void confirm(String token, String newPassword) {
        String tokenHash = SecretTokens.digest(token);
        Account account = accountResetBy(tokenHash);
        FieldErrors errors = new FieldErrors();
        policy.check(newPassword, new PasswordPolicy.Attributes(account.username(), account.email(),
                account.firstName(), account.lastName())).forEach(problem -> errors.add("new_password", problem));
        errors.throwIfAny();
        changes.resetPassword(tokenHash, account.id(), account.passwordHash(), hasher.hash(newPassword));
        events.info("event=password_reset user={} sessions=revoked", account.id());
    }

    /**
     * Whether {@link #confirm} would take the token: a 400 on {@code token} otherwise. So that the page a mailed link
     * opens says at once that the link is dead, rather than after a new password was typed twice.
     */
    void check(String token) {
        accountResetBy(SecretTokens.digest(token));
    }

    /** The active account a live token was made for, unchanged since: a 400 on {@code token} otherwise. */
    private Account accountResetBy(String tokenHash) {
        PasswordResetTokenStore.LiveToken live = resetTokens.findLive(tokenHash, Timestamps.now(clock))
                .orElseThrow(PasswordResets::invalidToken);
        return users.find(live.userId())
                .filter(Account::active)
                .filter(found -> fingerprint(found).equals(live.accountFingerprint()))
                .orElseThrow(PasswordResets::invalidToken);
    }

    /** Used and expired tokens serve no purpose: a token that is not live fails the same with or without its row. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT2M")
    public void purgeExpired() {
        resetTokens.deleteExpiredBefore(Timestamps.now(clock));
    }

    /** What must not have changed since the token was made: the password, and the address it was sent to. */
    private static String fingerprint(Account account) {
        return SecretTokens.digest(account.passwordHash() + "\n" + CaseFolding.fold(account.email()));
    }

    private static InvalidInputException invalidToken() {
        return FieldErrors.of("token", INVALID_TOKEN);
    }
}
