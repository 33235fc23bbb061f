package org.readtrack.accounts;

import java.util.Optional;

import org.readtrack.security.Role;
import org.readtrack.shared.Patches;

/**
 * What an administrator may change on an account: null leaves a field alone, an empty Optional is an explicit
 * JSON null. The rules are {@link AccountDetails}'s, checked once this is laid over the stored details.
 */
record AdminUserUpdate(
        Optional<String> firstName,
        Optional<String> lastName,
        Optional<String> email,
        Optional<Role> role,
        Optional<Boolean> isActive) {

    AccountDetails applyTo(AccountDetails current) {
        return new AccountDetails(
                Patches.merge(firstName, current.firstName()),
                Patches.merge(lastName, current.lastName()),
                Patches.merge(email, current.email()),
                Patches.merge(role, current.role()),
                Patches.merge(isActive, current.isActive()));
    }
}
