package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.ConstraintViolations;
import org.readtrack.database.Timestamps;
import org.readtrack.security.Role;
import org.readtrack.shared.Messages;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;

/**
 * An account as its owner uses it: registration, login, the profile and the password. Password hashing is
 * deliberately slow, so it always happens outside database transactions: a transaction waiting on a hash would
 * hold SQLite's single writer for nothing. What must then be written atomically is {@link AccountChanges}'s.
 */
@Component
class Accounts {

    /** Changes to accounts that matter to security, for whoever audits them. Never a secret. */
    private static final Logger events = LoggerFactory.getLogger("readtrack.security");

    static final String BAD_CREDENTIALS = "No active account found with the given credentials.";
    static final String USERNAME_TAKEN = "A user with that username already exists.";
    static final String USERNAME_LOOKS_TAKEN =
            "A user with a username that looks the same in another alphabet already exists.";
    static final String EMAIL_TAKEN = "A user with that email already exists.";

    private final UserStore users;
    private final AccountChanges changes;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Tokens tokens;
    private final Clock clock;
    private final RequestValidator validator;
    private final AccountRemoval removal;

    Accounts(UserStore users, AccountChanges changes, PasswordPolicy policy, PasswordHasher hasher, Tokens tokens,
            Clock clock, RequestValidator validator, AccountRemoval removal) {
        this.users = users;
        this.changes = changes;
        this.policy = policy;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
        this.validator = validator;
        this.removal = removal;
    }

    /**
     * Invalid details are a 400; a username or email address that is taken is a 409, which says that the
     * request itself was fine. One statement writes the account: no transaction.
     */
    Account register(RegisterRequest request, Role role) {
        return register(request, role, null);
    }

    /**
     * {@link #register(RegisterRequest, Role)}, redeeming {@code invitation} (unless null) in the transaction
     * that writes the account: an invitation that is no longer usable leaves no account behind, and a
     * registration that fails leaves the invitation unused.
     */
    Account register(RegisterRequest request, Role role, String invitation) {
        validate(request);
        rejectTaken(request);
        String hash = hasher.hash(request.password());
        try {
            Instant now = Timestamps.now(clock);
            return invitation == null
                    ? users.insert(request.username(), request.email(), hash, request.firstName(), request.lastName(),
                            role, now)
                    : changes.registerInvited(invitation, request, hash, role, now);
        } catch (DataAccessException e) {
            if (!ConstraintViolations.isConstraintViolation(e)) {
                throw e;
            }
            // someone registered the same name or address since the check above: the unique keys settled it
            rejectTaken(request);
            throw e;
        }
    }

    /**
     * The 400 of {@link #register}, on its own: cheap (no hashing, no database), so that the web layer can
     * refuse bad details before it keys a throttle on them or queues them for hashing.
     */
    void validate(RegisterRequest request) {
        // the password policy's findings join the field constraints', so that one answer lists every problem
        FieldErrors errors = validator.errorsOf(request);
        if (request.usernameIsBlank()) {
            errors.add("username", Messages.NOT_BLANK);
        } else if (request.usernameIsAPathStep()) {
            errors.add("username", RegisterRequest.PATH_STEP_MESSAGE);
        } else if (request.username() != null && !errors.has("username") && UsernameScripts.mixed(request.username())) {
            errors.add("username", RegisterRequest.MIXED_SCRIPTS_MESSAGE);
        }
        if (request.password() != null && !errors.has("password")) {
            policy.check(request.password(), new PasswordPolicy.Attributes(request.username(), request.email(),
                    request.firstName(), request.lastName())).forEach(problem -> errors.add("password", problem));
        }
        errors.throwIfAny();
    }

    /**
     * Login takes a username or an email address, so neither may name another account's other identifier; nor may
     * a username pass for another's in another alphabet ({@link UsernameLookAlikes}). Two such names registered at
     * the same instant could both pass: no unique key can settle it, since names of one alphabet may share a
     * skeleton.
     */
    private void rejectTaken(RegisterRequest request) {
        if (users.identifiesAny(request.username())) {
            throw ConflictException.onField("username", USERNAME_TAKEN);
        }
        if (users.namesLike(request.username()).stream()
                .anyMatch(other -> UsernameLookAlikes.passFor(request.username(), other))) {
            throw ConflictException.onField("username", USERNAME_LOOKS_TAKEN);
        }
        if (users.identifiesAny(request.email())) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
    }

    /** Same failure, and about the same time spent, whether the account is missing, inactive or the password wrong. */
    TokenPair login(String usernameOrEmail, String password) {
        Optional<Account> found = findByLogin(usernameOrEmail);
        if (found.isEmpty()) {
            hasher.matchDecoy(password);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        Account account = found.get();
        if (!hasher.matches(password, account.passwordHash()) || !account.active()) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        // a hash from before a change of cost is made again now, while the password is at hand
        String hash = hasher.isCurrent(account.passwordHash()) ? account.passwordHash() : hasher.hash(password);
        return changes.logIn(account.id(), account.passwordHash(), hash);
    }

    /** The account that a login's username or email address names, if any. */
    Optional<Account> named(String usernameOrEmail) {
        return findByLogin(usernameOrEmail);
    }

    private Optional<Account> findByLogin(String usernameOrEmail) {
        return users.findByLogin(usernameOrEmail.strip());
    }

    Account get(long id) {
        return users.get(id);
    }

    /**
     * The caller's own profile, a PATCH ({@link ProfileUpdate}). A new email address needs the current
     * password: whoever holds a stolen access token must not be able to take the account over through a
     * password reset sent to an address of theirs. The details are validated first (a 400 on the details comes
     * before one on the password), and the password checked before the transaction, hashing being slow.
     */
    Account updateProfile(long id, ProfileUpdate update) {
        if (update.email() != null) {
            Account account = users.get(id);
            AccountDetails details = changes.laidOver(account, update).details();
            // the same address in another case is the same mailbox and the same login
            if (!CaseFolding.fold(details.email()).equals(CaseFolding.fold(account.email()))) {
                checkCurrentPassword(account, update.currentPassword(),
                        "Enter your current password to change your email address.");
            }
        }
        return changes.updateProfile(id, update);
    }

    /**
     * The caller's own account deleted, with their list and its history, their tokens, their suggestions and the
     * series they suggested that are not approved yet, once their password is given. The last active administrator
     * stays: nobody could make another. The password is checked before anything is written, hashing being slow.
     */
    void deleteOwn(long id, String currentPassword) {
        Account account = users.get(id);
        checkCurrentPassword(account, currentPassword, "Enter your current password to delete your account.");
        if (account.role() == Role.ADMIN && account.active() && users.activeAdministrators() <= 1) {
            throw new ConflictException("You are the only administrator: make another account an administrator"
                    + " before deleting yours.");
        }
        removal.remove(id);
        events.info("Account {} ({}) deleted itself", id, account.username());
    }

    /** {@code whenMissing}: what to say when no password is given, which names what it is asked for. */
    private void checkCurrentPassword(Account account, String password, String whenMissing) {
        if (password == null || password.isEmpty()) {
            throw FieldErrors.of("current_password", whenMissing);
        }
        if (!hasher.matches(password, account.passwordHash())) {
            throw FieldErrors.of("current_password", "Your password was entered incorrectly. Please enter it again.");
        }
    }

    void changePassword(long id, String oldPassword, String newPassword) {
        Account account = users.get(id);
        if (!hasher.matches(oldPassword, account.passwordHash())) {
            throw FieldErrors.of("old_password", "Your old password was entered incorrectly. Please enter it again.");
        }
        FieldErrors errors = new FieldErrors();
        policy.check(newPassword, new PasswordPolicy.Attributes(account.username(), account.email(),
                account.firstName(), account.lastName())).forEach(problem -> errors.add("new_password", problem));
        errors.throwIfAny();
        changes.changePassword(id, hasher.hash(newPassword));
        events.info("Account {} ({}) changed its password; every session of the account ended", id,
                account.username());
    }

    /** Every refresh token and access token of the account stops working: a lost or shared device is locked out. */
    void logoutEverywhere(long id) {
        Account account = users.get(id);
        tokens.revokeAll(id);
        events.info("Account {} ({}) logged out everywhere", id, account.username());
    }
}
