package org.readtrack.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.ConstraintViolations;
import org.readtrack.database.Like;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.FieldErrors;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.PageQuery;
import org.readtrack.web.PageResponse;
import org.readtrack.shared.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Account life cycle. Password hashing is deliberately slow, so it always happens outside database
 * transactions: a transaction waiting on a hash would hold SQLite's single writer for nothing.
 */
@Component
class Accounts {

    /** Changes to accounts that matter to security, for whoever audits them. Never a secret. */
    private static final Logger events = LoggerFactory.getLogger("readtrack.security");

    static final String BAD_CREDENTIALS = "No active account found with the given credentials.";
    private static final String USERNAME_TAKEN = "A user with that username already exists.";
    private static final String EMAIL_TAKEN = "A user with that email already exists.";

    private final UserRepository users;
    private final PasswordPolicy policy;
    private final PasswordHasher hasher;
    private final Tokens tokens;
    private final Clock clock;
    private final TransactionTemplate writes;
    private final RequestValidator validator;
    private final Callers callers;

    Accounts(UserRepository users, PasswordPolicy policy, PasswordHasher hasher, Tokens tokens, Clock clock,
            PlatformTransactionManager transactionManager, RequestValidator validator, Callers callers) {
        this.validator = validator;
        this.callers = callers;
        this.users = users;
        this.policy = policy;
        this.hasher = hasher;
        this.tokens = tokens;
        this.clock = clock;
        this.writes = new TransactionTemplate(transactionManager);
    }

    /**
     * Invalid details are a 400; a username or email address that is taken is a 409, which says that the
     * request itself was fine.
     */
    User register(RegisterRequest request, Role role) {
        validate(request);
        rejectTaken(request);

        User user = new User(request.username(), request.email(), hasher.hash(request.password()), now());
        user.setFirstName(request.firstName());
        user.setLastName(request.lastName());
        user.setRole(role);
        try {
            return users.saveAndFlush(user);
        } catch (DataAccessException e) {
            if (!ConstraintViolations.isConstraintViolation(e)) {
                throw e;
            }
            // someone registered the same name or address since the check above
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
        if (request.password() != null && !errors.has("password")) {
            policy.check(request.password(), new PasswordPolicy.Attributes(request.username(), request.email(),
                    request.firstName(), request.lastName())).forEach(problem -> errors.add("password", problem));
        }
        errors.throwIfAny();
    }

    /** Login takes a username or an email address, so neither may name another account's other identifier. */
    private void rejectTaken(RegisterRequest request) {
        if (identifies(request.username(), null)) {
            throw ConflictException.onField("username", USERNAME_TAKEN);
        }
        if (identifies(request.email(), null)) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
    }

    /** Whether an account, other than {@code exceptId}, logs in with this name or address. */
    private boolean identifies(String usernameOrEmail, Long exceptId) {
        String key = CaseFolding.fold(usernameOrEmail);
        return exceptId == null
                ? users.existsByUsernameKey(key) || users.existsByEmailKey(key)
                : users.existsByUsernameKeyAndIdNot(key, exceptId) || users.existsByEmailKeyAndIdNot(key, exceptId);
    }

    /** Same failure, and about the same time spent, whether the account is missing, inactive or the password wrong. */
    TokenPair login(String usernameOrEmail, String password) {
        Optional<User> found = findByLogin(usernameOrEmail);
        if (found.isEmpty()) {
            hasher.matchDecoy(password);
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        User user = found.get();
        if (!hasher.matches(password, user.getPasswordHash()) || !user.isActive()) {
            throw new BadCredentialsException(BAD_CREDENTIALS);
        }
        // a hash from before a change of cost is made again now, while the password is at hand
        String rehashed = hasher.isCurrent(user.getPasswordHash()) ? null : hasher.hash(password);
        return writes.execute(status -> {
            User current = get(user.getId());
            current.setLastLogin(now());
            if (rehashed != null && current.getPasswordHash().equals(user.getPasswordHash())) {
                current.setPasswordHash(rehashed); // unless the password changed meanwhile
            }
            return tokens.issue(current);
        });
    }

    /** The account that a login's username or email address names, if any. */
    Optional<Long> idOf(String usernameOrEmail) {
        return findByLogin(usernameOrEmail).map(User::getId);
    }

    private Optional<User> findByLogin(String usernameOrEmail) {
        String key = CaseFolding.fold(usernameOrEmail.strip());
        return users.findByUsernameKey(key).or(() -> users.findByEmailKey(key));
    }

    @Transactional(readOnly = true)
    User get(long id) {
        return users.findById(id).orElseThrow(NotFoundException::new);
    }

    /**
     * The caller's own profile. A new email address needs the current password: whoever holds a stolen
     * access token must not be able to take the account over through a password reset sent to an address
     * of theirs. The password is checked before the transaction, hashing being slow.
     */
    User updateProfile(long id, ProfileUpdate update) {
        if (update.email() != null && update.email().isPresent()) {
            User user = get(id);
            // the same address in another case is the same mailbox and the same login
            if (!CaseFolding.fold(update.email().get()).equals(CaseFolding.fold(user.getEmail()))) {
                checkCurrentPassword(user, update.currentPassword());
            }
        }
        return writes.execute(status -> {
            User user = get(id);
            applyProfile(user, update);
            return user;
        });
    }

    private void checkCurrentPassword(User user, String password) {
        if (password == null || password.isEmpty()) {
            throw FieldErrors.of("current_password", "Enter your current password to change your email address.");
        }
        if (!hasher.matches(password, user.getPasswordHash())) {
            throw FieldErrors.of("current_password", "Your password was entered incorrectly. Please enter it again.");
        }
    }

    void changePassword(long id, String oldPassword, String newPassword) {
        User user = get(id);
        if (!hasher.matches(oldPassword, user.getPasswordHash())) {
            throw FieldErrors.of("old_password", "Your old password was entered incorrectly. Please enter it again.");
        }
        FieldErrors errors = new FieldErrors();
        policy.check(newPassword, new PasswordPolicy.Attributes(user.getUsername(), user.getEmail(),
                user.getFirstName(), user.getLastName())).forEach(problem -> errors.add("new_password", problem));
        errors.throwIfAny();
        String hash = hasher.hash(newPassword);
        writes.executeWithoutResult(status -> {
            User changed = get(id);
            changed.setPasswordHash(hash);
            endSessions(changed);
        });
        events.info("Account {} ({}) changed its password; every session of the account ended", id, user.getUsername());
    }

    /** Every refresh token and access token of the account stops working: a lost or shared device is locked out. */
    @Transactional
    void logoutEverywhere(long id) {
        User user = get(id);
        endSessions(user);
        events.info("Account {} ({}) logged out everywhere", id, user.getUsername());
    }

    /** At once on this instance; on others when their cached copy of the account expires. */
    private void endSessions(User user) {
        tokens.revokeAll(user);
        callers.forgetAfterCommit(user.getId());
    }

    @Transactional(readOnly = true)
    PageResponse<AdminUserResponse> list(String search, PageQuery page) {
        PageRequest request = PageRequest.of(page.page() - 1, page.size());
        Page<User> found = search == null || search.isBlank()
                ? users.findAll(request.withSort(Sort.by("id")))
                : users.search(Like.containing(CaseFolding.fold(search.strip())), request);
        return PageResponse.of(page, found.getTotalElements(),
                found.getContent().stream().map(AdminUserResponse::of).toList());
    }

    @Transactional
    User administer(long callerId, long id, AdminUserUpdate update) {
        User user = get(id);
        if (callerId == id && (changes(update.role(), user.getRole()) || changes(update.isActive(), user.isActive()))) {
            throw new AccessDeniedException("Administrators cannot demote or deactivate themselves.");
        }
        FieldErrors errors = new FieldErrors();
        notNull(update.role(), "role", errors);
        notNull(update.isActive(), "is_active", errors);
        errors.throwIfAny();
        applyProfile(user, update.profile());
        callers.forgetAfterCommit(id);
        if (changes(update.role(), user.getRole())) {
            events.info("Administrator {} changed the role of account {} ({}): {} -> {}", callerId, id,
                    user.getUsername(), user.getRole().value(), update.role().get().value());
            user.setRole(update.role().get());
        }
        if (changes(update.isActive(), user.isActive())) {
            boolean active = update.isActive().get();
            events.info("Administrator {} {} account {} ({}): active {} -> {}", callerId,
                    active ? "reactivated" : "deactivated", id, user.getUsername(), !active, active);
            user.setActive(active);
            if (!active) {
                endSessions(user);
            }
        }
        return user;
    }

    @Transactional
    void delete(long callerId, long id) {
        if (callerId == id) {
            throw new AccessDeniedException("Administrators cannot delete themselves.");
        }
        User user = get(id);
        users.delete(user);
        callers.forgetAfterCommit(id);
        events.info("Administrator {} deleted account {} ({})", callerId, id, user.getUsername());
    }

    private void applyProfile(User user, ProfileUpdate update) {
        FieldErrors errors = new FieldErrors();
        notNull(update.firstName(), "first_name", errors);
        notNull(update.lastName(), "last_name", errors);
        notNull(update.email(), "email", errors);
        errors.throwIfAny();
        if (update.email() != null && identifies(update.email().get(), user.getId())) {
            throw ConflictException.onField("email", EMAIL_TAKEN);
        }
        if (update.firstName() != null) {
            user.setFirstName(update.firstName().get());
        }
        if (update.lastName() != null) {
            user.setLastName(update.lastName().get());
        }
        if (update.email() != null) {
            user.setEmail(update.email().get());
        }
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static <T> boolean changes(Optional<T> update, T current) {
        return update != null && update.isPresent() && !update.get().equals(current);
    }

    @SuppressWarnings("OptionalUsedAsFieldOrParameterType")
    private static void notNull(Optional<?> value, String field, FieldErrors errors) {
        if (value != null && value.isEmpty()) {
            errors.add(field, "This field may not be null.");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
