package org.readtrack.accounts;

import org.flywaydb.core.api.migration.Context;
import org.readtrack.database.DataMigration;
import org.springframework.stereotype.Component;

/**
 * Version 16.1: the skeleton of every existing username ({@code users.username_skeleton}, added by V16), which only
 * Java computes ({@link UsernameLookAlikes#skeleton}).
 */
@Component
class UsernameSkeletonMigration extends DataMigration {

    UsernameSkeletonMigration() {
        super("16.1", "username skeletons");
    }

    @Override
    public void migrate(Context context) throws Exception {
        rewrite(context, "SELECT id, username FROM users", UsernameLookAlikes::skeleton,
                "UPDATE users SET username_skeleton = ? WHERE id = ?");
    }
}
