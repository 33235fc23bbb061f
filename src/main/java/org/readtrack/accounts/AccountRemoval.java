package org.readtrack.accounts;

import org.readtrack.shared.AccountDeleted;
import org.readtrack.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Deleting an account, by an administrator or by its owner: the row goes with all the database cascades from it
 * (tokens, entries and their history, suggestions, and the suggested series not approved yet: approved ones stay
 * in the catalog), this instance forgets its state at once, and what keeps copies of the rest is told
 * ({@link AccountDeleted}).
 */
@Component
class AccountRemoval {

    private final UserStore users;
    private final Callers callers;
    private final ApplicationEventPublisher published;

    AccountRemoval(UserStore users, Callers callers, ApplicationEventPublisher published) {
        this.users = users;
        this.callers = callers;
        this.published = published;
    }

    /** The deleted account's username. */
    String remove(long id) {
        String username = users.delete(id).orElseThrow(NotFoundException::new);
        callers.forgetAfterCommit(id);
        published.publishEvent(new AccountDeleted(id));
        return username;
    }
}
