package org.readtrack.accounts;

import java.util.List;

import org.readtrack.security.Role;
import org.readtrack.shared.ForbiddenException;
import org.readtrack.shared.Ordering;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.readtrack.shared.RequestValidator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What administrators do to accounts: list, change (role, state, names, email) and delete them. */
@Component
class UserAdministration {

    /** Changes to accounts that matter to security, for whoever audits them. Never a secret. */
    private static final Logger events = LoggerFactory.getLogger("readtrack.security");
    private static final Ordering BY_ID = new Ordering("id", false);

    private final UserStore users;
    private final AccountChanges changes;
    private final Tokens tokens;
    private final PersonalTokens personalTokens;
    private final Callers callers;
    private final RequestValidator validator;
    private final AccountRemoval removal;

    UserAdministration(UserStore users, AccountChanges changes, Tokens tokens, PersonalTokens personalTokens,
            Callers callers, RequestValidator validator, AccountRemoval removal) {
        this.users = users;
        this.changes = changes;
        this.tokens = tokens;
        this.personalTokens = personalTokens;
        this.callers = callers;
        this.validator = validator;
        this.removal = removal;
    }

    /**
     * A page of the accounts, by id ({@code ordering}: {@code id}, the default, or {@code -id}); a read of its
     * own, outside any transaction.
     */
    Page<Account> list(String search, String ordering, PageQuery page) {
        return users.list(search, Ordering.parse(ordering, BY_ID, List.of(BY_ID.field())).descending(), page);
    }

    Account get(long id) {
        return users.get(id);
    }

    /**
     * An administrator's PATCH, laid over the account as it is now. Administrators cannot demote or
     * deactivate themselves; deactivating an account ends its sessions and revokes its personal API tokens.
     */
    @Transactional
    Account administer(long callerId, long id, AdminUserUpdate update) {
        Account current = lockWithCaller(callerId, id);
        AccountDetails details = validator.validate(update.applyTo(current.details()));
        boolean roleChanges = details.role() != current.role();
        boolean activeChanges = details.isActive() != current.active();
        if (callerId == id && (roleChanges || activeChanges)) {
            throw new ForbiddenException("Administrators cannot demote or deactivate themselves.");
        }
        Account saved = changes.save(current, details);
        if (roleChanges) {
            events.info("Administrator {} changed the role of account {} ({}): {} -> {}", callerId, id,
                    current.username(), current.role().value(), saved.role().value());
        }
        if (activeChanges) {
            events.info("Administrator {} {} account {} ({}): active {} -> {}", callerId,
                    saved.active() ? "reactivated" : "deactivated", id, current.username(), current.active(),
                    saved.active());
            if (!saved.active()) {
                tokens.revokeAll(id);
                personalTokens.revokeAll(id);
            }
        }
        callers.forgetAfterCommit(id);
        return saved;
    }

    /**
     * The account, its row locked, once the caller's own row is locked and found still an active administrator.
     * Two administrators demoting each other at the same moment would otherwise both succeed and leave none: the
     * second now finds that the first took its rights. Rows are locked in the order of their ids, so that two
     * such requests wait for each other instead of deadlocking.
     */
    private Account lockWithCaller(long callerId, long id) {
        Account caller;
        Account account;
        if (callerId == id) {
            caller = account = users.lock(id);
        } else if (callerId < id) {
            caller = users.lock(callerId);
            account = users.lock(id);
        } else {
            account = users.lock(id);
            caller = users.lock(callerId);
        }
        if (caller.role() != Role.ADMIN || !caller.active()) {
            throw new ForbiddenException("Your account is no longer an administrator.");
        }
        return account;
    }

    /**
     * The account's tokens, progress and suggestions go with it, and the series it suggested that were not approved
     * (the foreign keys cascade).
     */
    void delete(long callerId, long id) {
        if (callerId == id) {
            throw new ForbiddenException("Administrators cannot delete themselves.");
        }
        String username = removal.remove(id);
        events.info("Administrator {} deleted account {} ({})", callerId, id, username);
    }
}
