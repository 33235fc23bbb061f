package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;

import org.readtrack.database.Timestamps;
import org.readtrack.security.Role;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.RequestValidator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The changes to an account that take several statements, each one transaction. They are the second half of
 * {@link Accounts}' flows, which check or make a password hash first, outside any transaction (and could not
 * open one on themselves: a call within one bean passes no transaction proxy), and of
 * {@link UserAdministration}'s. {@link #save} is the one path by which an account's details are written.
 */
@Component
class AccountChanges {

    private final UserStore users;
    private final Tokens tokens;
    private final PersonalTokens personalTokens;
    private final Invitations invitations;
    private final PasswordResetTokenStore resetTokens;
    private final RequestValidator validator;
    private final Clock clock;

    AccountChanges(UserStore users, Tokens tokens, PersonalTokens personalTokens, Invitations invitations,
            PasswordResetTokenStore resetTokens, RequestValidator validator, Clock clock) {
        this.users = users;
        this.tokens = tokens;
        this.personalTokens = personalTokens;
        this.invitations = invitations;
        this.resetTokens = resetTokens;
        this.validator = validator;
        this.clock = clock;
    }

    /** A new account that uses up an invitation; see {@link Accounts#register(RegisterRequest, Role, String)}. */
    @Transactional
    Account registerInvited(String invitation, RegisterRequest request, String hash, Role role, Instant now) {
        Account account = users.insert(request.username(), request.email(), hash, request.firstName(),
                request.lastName(), role, now);
        invitations.redeem(invitation, request.email(), account.id());
        return account;
    }

    /**
     * Records the login, with {@code hash} as the new password hash unless the password changed since
     * {@code seenHash} was read, and issues a pair in a new session from the account as it now is: in one
     * transaction with the read, see {@link Tokens#revokeAll}.
     */
    @Transactional
    TokenPair logIn(long id, String seenHash, String hash) {
        Account account = users.recordLogin(id, Timestamps.now(clock), seenHash, hash)
                .orElseThrow(NotFoundException::new);
        return tokens.issue(account);
    }

    /** The owner's PATCH, laid over the details and the profile as they are now (locked until the end). */
    @Transactional
    Account updateProfile(long id, ProfileUpdate update) {
        Account current = users.lock(id);
        OwnerEdit edit = laidOver(current, update);
        save(current, edit.details());
        return users.updateProfile(id, edit.profile());
    }

    /** The owner's PATCH over {@code current}, valid: else every problem of both parts at once. */
    OwnerEdit laidOver(Account current, ProfileUpdate update) {
        OwnerEdit edit = new OwnerEdit(update.applyTo(current.details()), update.applyTo(current.profile()));
        validator.errorsOf(edit.details()).addAll(validator.errorsOf(edit.profile())).throwIfAny();
        return edit;
    }

    record OwnerEdit(AccountDetails details, Profile profile) {
    }

    /**
     * Writes validated details over {@code current}, which the transaction read with {@link UserStore#lock}.
     * Login takes a username or an email address, so a new address may not be another account's username
     * or address.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    Account save(Account current, AccountDetails details) {
        if (!details.email().equals(current.email()) && users.identifiesOther(details.email(), current.id())) {
            throw ConflictException.onField("email", Accounts.EMAIL_TAKEN);
        }
        return users.update(current.id(), details);
    }

    /** The new hash, and every session of the account ends. */
    @Transactional
    void changePassword(long id, String hash) {
        if (!users.setPasswordHash(id, hash)) {
            throw new NotFoundException();
        }
        tokens.revokeAll(id);
    }

    /**
     * Spends the reset token and sets the new hash, provided the password is still {@code seenHash}, the one
     * the token was checked against; every session of the account ends and its other reset tokens go. A token
     * spent or a password changed meanwhile is the same 400 as a bad token, and changes nothing.
     * <p>
     * Its personal API tokens go too. A reset is how an account is taken back, by someone who does not have
     * the password: a token minted from a stolen session (which asks for no password) would outlive every other
     * way back in. A password changed while logged in keeps them, their owner in sight of them.
     */
    @Transactional
    void resetPassword(String tokenHash, long id, String seenHash, String hash) {
        if (resetTokens.spend(tokenHash, id, Timestamps.now(clock)) == 0
                || !users.replacePasswordHash(id, seenHash, hash)) {
            throw FieldErrors.of("token", PasswordResets.INVALID_TOKEN);
        }
        resetTokens.deleteAllOf(id);
        tokens.revokeAll(id);
        personalTokens.revokeAll(id);
    }
}
