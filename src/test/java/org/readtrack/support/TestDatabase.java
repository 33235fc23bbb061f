package org.readtrack.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The database the suite runs against, chosen by the {@code readtrack.test.database} system property
 * ({@code sqlite} or {@code postgresql}; Maven runs the suite once with each). PostgreSQL gets a
 * throwaway database, dropped when the JVM exits.
 */
public final class TestDatabase {

    static final String POSTGRES_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String POSTGRES_USER = "postgres";

    private static final Path DATA_DIR = createDataDir();
    private static String postgresDatabase;

    private TestDatabase() {
    }

    public static boolean isPostgresql() {
        return "postgresql".equals(System.getProperty("readtrack.test.database"));
    }

    static boolean postgresqlAnswers() {
        try (Connection ignored = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        register(registry, POSTGRES_SERVER);
    }

    /** As {@link #register(DynamicPropertyRegistry)}, reaching PostgreSQL through another address (a proxy). */
    public static synchronized void register(DynamicPropertyRegistry registry, String postgresServer) {
        registry.add("readtrack.data-dir", DATA_DIR::toString);
        registry.add("readtrack.database.sqlite-file", () -> DATA_DIR.resolve("readtrack.db").toString());
        registry.add("readtrack.jwt.key-file", () -> DATA_DIR.resolve("jwt-secret").toString());
        if (isPostgresql()) {
            String database = postgresDatabase();
            registry.add("readtrack.database.url", () -> postgresServer + database);
            registry.add("readtrack.database.postgres.user", () -> POSTGRES_USER);
        }
    }

    private static String postgresDatabase() {
        if (postgresDatabase == null) {
            String name = "readtrack_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + name);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")));
            postgresDatabase = name;
        }
        return postgresDatabase;
    }

    static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_SERVER + "postgres", POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL refused: " + sql, e);
        }
    }

    private static Path createDataDir() {
        try {
            Path dir = Files.createTempDirectory("readtrack-test-");
            dir.toFile().deleteOnExit();
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
