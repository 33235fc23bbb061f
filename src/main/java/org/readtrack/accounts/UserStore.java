package org.readtrack.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.readtrack.database.CaseFolding;
import org.readtrack.database.Like;
import org.readtrack.database.Sql;
import org.readtrack.security.Role;
import org.readtrack.shared.NotFoundException;
import org.readtrack.shared.Page;
import org.readtrack.shared.PageQuery;
import org.springframework.stereotype.Component;

/**
 * The SQL of {@code users}, reads and writes. Usernames and email addresses are looked up by their folded keys
 * ({@link CaseFolding#fold}), which this class computes: callers pass the text as the user typed it.
 */
@Component
class UserStore {

    private static final String COLUMNS = """
            id, username, email, password_hash, first_name, last_name, role, active, date_joined, last_login,
            tokens_valid_after, bio, avatar, preference_language, preference_theme, preference_time_zone,
            profile_public""";

    /** A folded search text against the keys and the names (with {@code \} as LIKE's escape character). */
    private static final String MATCHES = """
            username_key LIKE :pattern ESCAPE '\\' OR email_key LIKE :pattern ESCAPE '\\'
            OR unicode_lower(first_name) LIKE :pattern ESCAPE '\\' OR unicode_lower(last_name) LIKE :pattern ESCAPE '\\'""";

    private final Sql sql;

    UserStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Account> find(long id) {
        return sql.read("SELECT " + COLUMNS + " FROM users WHERE id = :id").param("id", id)
                .query(UserStore::account).optional();
    }

    /** {@link #find}, for a request that names the account. */
    Account get(long id) {
        return find(id).orElseThrow(NotFoundException::new);
    }

    /**
     * {@link #get}, the row locked until the current transaction ends: the account's details are read, patched
     * and written back whole, and a change made meanwhile (an administrator deactivating the account) must not
     * be overwritten with what was read before it.
     */
    Account lock(long id) {
        return sql.read("SELECT " + COLUMNS + " FROM users WHERE id = :id" + sql.dialect().forUpdate())
                .param("id", id).query(UserStore::account).optional().orElseThrow(NotFoundException::new);
    }

    /** What authenticating a request needs: one indexed statement, outside any transaction. */
    Optional<Caller> findCaller(long id) {
        return sql.read("SELECT username, role, active, tokens_valid_after FROM users WHERE id = :id")
                .param("id", id)
                .query((rs, row) -> new Caller(rs.getString("username"), Role.fromValue(rs.getString("role")),
                        rs.getBoolean("active"), instant(rs, "tokens_valid_after")))
                .optional();
    }

    /** The account a login names by its username or, failing that, by its email address. */
    Optional<Account> findByLogin(String usernameOrEmail) {
        return sql.read("SELECT " + COLUMNS + " FROM users WHERE username_key = :key OR email_key = :key"
                        + " ORDER BY CASE WHEN username_key = :key THEN 0 ELSE 1 END LIMIT 1")
                .param("key", CaseFolding.fold(usernameOrEmail))
                .query(UserStore::account).optional();
    }

    boolean hasUsername(String username) {
        return sql.read("SELECT count(*) FROM users WHERE username_key = :key")
                .param("key", CaseFolding.fold(username)).query(Long.class).single() > 0;
    }

    /** Whether any account logs in with this name or address (as its username or as its email address). */
    boolean identifiesAny(String usernameOrEmail) {
        return identifiesOther(usernameOrEmail, 0); // ids start at 1
    }

    /** {@link #identifiesAny}, leaving the account {@code exceptId} out. */
    boolean identifiesOther(String usernameOrEmail, long exceptId) {
        return sql.read("""
                        SELECT count(*) FROM users
                        WHERE (username_key = :key OR email_key = :key) AND id <> :except""")
                .param("key", CaseFolding.fold(usernameOrEmail)).param("except", exceptId)
                .query(Long.class).single() > 0;
    }

    /** The usernames that look like {@code username} ({@link UsernameLookAlikes}), by the index on the skeleton. */
    List<String> namesLike(String username) {
        return sql.read("SELECT username FROM users WHERE username_skeleton = :skeleton")
                .param("skeleton", UsernameLookAlikes.skeleton(username)).query(String.class).list();
    }

    /** Every account by id, either way, or those matching {@code search} (any case) in username, email or names. */
    Page<Account> list(String search, boolean descending, PageQuery page) {
        String order = descending ? " ORDER BY id DESC" : " ORDER BY id";
        if (search == null || search.isBlank()) {
            return sql.page("SELECT " + COLUMNS + " FROM users" + order + " LIMIT :limit OFFSET :offset",
                    "SELECT count(*) FROM users", Map.of(), UserStore::account, page);
        }
        return sql.page("SELECT " + COLUMNS + " FROM users WHERE " + MATCHES + order + " LIMIT :limit OFFSET :offset",
                "SELECT count(*) FROM users WHERE " + MATCHES,
                Map.of("pattern", Like.containing(CaseFolding.fold(search.strip()))), UserStore::account, page);
    }

    /**
     * A new active account; the username is stored NFKC-normalised. A username or email key that is taken
     * fails on the unique indexes.
     */
    Account insert(String username, String email, String passwordHash, String firstName, String lastName, Role role,
            Instant dateJoined) {
        return sql.write("""
                        INSERT INTO users (username, username_key, username_skeleton, email, email_key,
                                           password_hash, first_name, last_name, role, active, date_joined)
                        VALUES (:username, :usernameKey, :usernameSkeleton, :email, :emailKey, :passwordHash,
                                :firstName, :lastName, :role, :active, :dateJoined)
                        RETURNING\s""" + COLUMNS)
                .param("username", CaseFolding.normalize(username))
                .param("usernameKey", CaseFolding.fold(username))
                .param("usernameSkeleton", UsernameLookAlikes.skeleton(username))
                .param("email", email)
                .param("emailKey", CaseFolding.fold(email))
                .param("passwordHash", passwordHash)
                .param("firstName", firstName)
                .param("lastName", lastName)
                .param("role", role.value())
                .param("active", true)
                .param("dateJoined", Timestamp.from(dateJoined))
                .query(UserStore::account).single();
    }

    /** Writes the details whole; the row must exist (see {@link #lock}). */
    Account update(long id, AccountDetails details) {
        return sql.write("""
                        UPDATE users SET first_name = :firstName, last_name = :lastName, email = :email,
                                         email_key = :emailKey, role = :role, active = :active
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("firstName", details.firstName())
                .param("lastName", details.lastName())
                .param("email", details.email())
                .param("emailKey", CaseFolding.fold(details.email()))
                .param("role", details.role().value())
                .param("active", details.isActive())
                .query(UserStore::account).optional().orElseThrow(NotFoundException::new);
    }

    /** Writes the profile whole but its avatar, which only {@link #setAvatar} changes; the row must exist. */
    Account updateProfile(long id, Profile profile) {
        Preferences preferences = profile.preferences();
        return sql.write("""
                        UPDATE users SET bio = :bio, preference_language = :language, preference_theme = :theme,
                                         preference_time_zone = :timeZone, profile_public = :profilePublic
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .param("id", id)
                .param("bio", profile.bio())
                .param("language", preferences.language() == null ? null : preferences.language().value())
                .param("theme", preferences.theme().value())
                .param("timeZone", preferences.timeZone())
                .param("profilePublic", profile.profilePublic())
                .query(UserStore::account).optional().orElseThrow(NotFoundException::new);
    }

    /** Hands each avatar's stored image name to {@code inUse}, a page of rows at a time. */
    void avatarsInUse(Consumer<String> inUse) {
        sql.forEachValue("users", "avatar", inUse);
    }

    /** The account with this stored image as its avatar (null: none), if it exists. */
    Optional<Account> setAvatar(long id, String avatar) {
        return sql.write("UPDATE users SET avatar = :avatar WHERE id = :id RETURNING " + COLUMNS)
                .param("id", id).param("avatar", avatar).query(UserStore::account).optional();
    }

    /** The active account with this username (any case), as login matches it. */
    Optional<Account> findActiveByUsername(String username) {
        return sql.read("SELECT " + COLUMNS + " FROM users WHERE username_key = :key AND active = TRUE")
                .param("key", CaseFolding.fold(username)).query(UserStore::account).optional();
    }

    /**
     * Records a login at {@code at} and answers the account as it now is. The password hash becomes
     * {@code newHash} unless it is no longer {@code seenHash}, the one the login's password was checked
     * against: a password changed meanwhile stays changed.
     */
    Optional<Account> recordLogin(long id, Instant at, String seenHash, String newHash) {
        return sql.write("""
                        UPDATE users SET last_login = :at,
                            password_hash = CASE WHEN password_hash = :seenHash THEN :newHash ELSE password_hash END
                        WHERE id = :id
                        RETURNING\s""" + COLUMNS)
                .param("id", id).param("at", Timestamp.from(at))
                .param("seenHash", seenHash).param("newHash", newHash)
                .query(UserStore::account).optional();
    }

    /** Whether the account exists (and now has this hash). */
    boolean setPasswordHash(long id, String passwordHash) {
        return sql.write("UPDATE users SET password_hash = :passwordHash WHERE id = :id")
                .param("id", id).param("passwordHash", passwordHash).update() == 1;
    }

    /** Whether the password was still {@code seenHash} (and now is {@code newHash}). */
    boolean replacePasswordHash(long id, String seenHash, String newHash) {
        return sql.write("UPDATE users SET password_hash = :newHash WHERE id = :id AND password_hash = :seenHash")
                .param("id", id).param("seenHash", seenHash).param("newHash", newHash).update() == 1;
    }

    /** The account whose email address this is (any case), if any. */
    Optional<Account> findByEmail(String email) {
        return sql.read("SELECT " + COLUMNS + " FROM users WHERE email_key = :key")
                .param("key", CaseFolding.fold(email.strip())).query(UserStore::account).optional();
    }

    /** Access tokens issued before {@code validAfter} are refused from now on (see {@link Tokens#revokeAll}). */
    void refuseTokensIssuedBefore(long id, Instant validAfter) {
        sql.write("UPDATE users SET tokens_valid_after = :validAfter WHERE id = :id")
                .param("id", id).param("validAfter", Timestamp.from(validAfter)).update();
    }

    /** How many accounts are active administrators, the one given included: the last one keeps their account. */
    long activeAdministrators() {
        return sql.read("SELECT count(*) FROM users WHERE role = :role AND active = TRUE")
                .param("role", Role.ADMIN.value()).query(Long.class).single();
    }

    /** Deletes the account, its refresh tokens and its progress (the foreign keys cascade); its username if it existed. */
    Optional<String> delete(long id) {
        return sql.write("DELETE FROM users WHERE id = :id RETURNING username").param("id", id)
                .query(String.class).optional();
    }

    private static Account account(ResultSet rs, int row) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("password_hash"), rs.getString("first_name"), rs.getString("last_name"),
                Role.fromValue(rs.getString("role")), rs.getBoolean("active"), instant(rs, "date_joined"),
                instant(rs, "last_login"), instant(rs, "tokens_valid_after"), profile(rs));
    }

    private static Profile profile(ResultSet rs) throws SQLException {
        return new Profile(rs.getString("bio"), rs.getString("avatar"),
                new Preferences(Language.fromValue(rs.getString("preference_language")),
                        Theme.fromValue(rs.getString("preference_theme")), rs.getString("preference_time_zone")),
                rs.getBoolean("profile_public"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
