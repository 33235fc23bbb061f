package org.readtrack.database;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A database to connect to: a JDBC URL with optional credentials. */
public record JdbcTarget(String jdbcUrl, String username, String password) {

    public enum Vendor { SQLITE, POSTGRESQL }

    /**
     * Accepts a JDBC URL as is, and translates the {@code postgres://} form that hosting platforms hand out,
     * taking the credentials out of the URL.
     */
    static JdbcTarget fromUrl(String url) {
        if (url.startsWith("jdbc:postgresql:")) {
            return new JdbcTarget(url, null, null);
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme();
        if (!"postgres".equals(scheme) && !"postgresql".equals(scheme)) {
            throw new IllegalArgumentException(
                    "DATABASE_URL must point to PostgreSQL (jdbc:postgresql://… or postgres://…)");
        }
        String username = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            username = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : null;
        }
        int port = uri.getPort() == -1 ? 5432 : uri.getPort();
        String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
        return new JdbcTarget("jdbc:postgresql://" + uri.getHost() + ":" + port + uri.getRawPath() + query,
                username, password);
    }

    static JdbcTarget sqlite(Path file) {
        return new JdbcTarget("jdbc:sqlite:" + file.toAbsolutePath().normalize(), null, null);
    }

    public Vendor vendor() {
        return jdbcUrl.startsWith("jdbc:sqlite:") ? Vendor.SQLITE : Vendor.POSTGRESQL;
    }

    private static String decode(String value) {
        return URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        // never print the password
        return "JdbcTarget[" + jdbcUrl.replaceAll("password=[^&]*", "password=***") + ", user=" + username + "]";
    }
}
