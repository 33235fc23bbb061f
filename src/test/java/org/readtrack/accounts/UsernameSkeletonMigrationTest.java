package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.readtrack.support.ScratchDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

/** V16 and V16.1: every existing account gets its name's skeleton, which a look-alike name is then checked by. */
class UsernameSkeletonMigrationTest {

    @RegisterExtension
    final ScratchDatabase database = new ScratchDatabase();

    @Test
    void existingAccountsGetTheSkeletonOfTheirName() {
        database.migrate("15");
        JdbcTemplate jdbc = database.jdbc();
        for (String username : new String[] {"Cope", "\u0441\u043e\u0440\u043e\u043a", "reader1"}) { // сорок
            jdbc.update("INSERT INTO users (username, username_key, email, email_key, password_hash, date_joined)"
                    + " VALUES (?, ?, ?, ?, 'x', ?)", username, username.toLowerCase(), username + "@example.org",
                    username.toLowerCase() + "@example.org", Timestamp.from(Instant.now()));
        }

        database.migrate(null, new UsernameSkeletonMigration());

        assertThat(jdbc.queryForList("SELECT username_skeleton FROM users ORDER BY id", String.class))
                .containsExactly("cope", "copo\u0138", "readerl")
                .isEqualTo(jdbc.queryForList("SELECT username FROM users ORDER BY id", String.class).stream()
                        .map(UsernameLookAlikes::skeleton).toList());
    }
}
