package org.readtrack.accounts;

import org.readtrack.security.Role;
import org.readtrack.shared.ConflictException;
import org.readtrack.shared.InvalidInputException;
import org.springframework.stereotype.Component;

/** Creates administrator accounts outside the API: at start-up and from the command line. */
@Component
class Administrators {

    private final Accounts accounts;
    private final UserStore users;

    Administrators(Accounts accounts, UserStore users) {
        this.accounts = accounts;
        this.users = users;
    }

    boolean exists(String username) {
        return users.hasUsername(username.strip());
    }

    /**
     * Creates the account with the admin role, under the same rules as a registration.
     *
     * @throws IllegalArgumentException listing every rule the details break
     */
    void create(String username, String email, String password) {
        try {
            accounts.register(new RegisterRequest(username, email, password, "", ""), Role.ADMIN);
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.errors().toString(), e);
        } catch (ConflictException e) {
            Object errors = e.properties().get("errors");
            throw new IllegalArgumentException(errors != null ? errors.toString() : e.getMessage(), e);
        }
    }
}
