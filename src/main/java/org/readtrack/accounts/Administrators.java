package org.readtrack.accounts;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.readtrack.database.CaseFolding;
import org.readtrack.web.InvalidRequestException;
import org.springframework.stereotype.Component;

/** Creates administrator accounts outside the API: at start-up and from the command line. */
@Component
class Administrators {

    private final Accounts accounts;
    private final UserRepository users;
    private final Validator validator;

    Administrators(Accounts accounts, UserRepository users, Validator validator) {
        this.accounts = accounts;
        this.users = users;
        this.validator = validator;
    }

    boolean exists(String username) {
        return users.existsByUsernameKey(CaseFolding.fold(username.strip()));
    }

    /**
     * Creates the account with the admin role, under the same rules as a registration.
     *
     * @throws IllegalArgumentException listing every rule the details break
     */
    void create(String username, String email, String password) {
        RegisterRequest request = new RegisterRequest(username, email, password, "", "");
        Set<ConstraintViolation<RegisterRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.stream()
                    .map(v -> v.getPropertyPath() + ": " + v.getMessage()).sorted().toList().toString());
        }
        try {
            accounts.register(request, Role.ADMIN);
        } catch (InvalidRequestException e) {
            throw new IllegalArgumentException(String.valueOf(e.getBody().getProperties().get("errors")), e);
        }
    }
}
