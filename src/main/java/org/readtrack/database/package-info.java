/**
 * Where the data lives: SQLite by default (a file in the data directory), PostgreSQL when
 * {@code DATABASE_URL} or {@code POSTGRES_DB} is set. Schema changes are Flyway migrations per vendor.
 * {@link org.readtrack.database.Sql} is the one way to read and write; the vendor's differences stay here
 * ({@link org.readtrack.database.SqlDialect}), and so does SQLite's single writer, which does the short
 * transactions of concurrent requests together ({@link org.readtrack.database.GroupedWrites}).
 *
 * <p>Knows only {@code shared} (pages and field errors): nothing of HTTP, security or any feature.
 */
@ApplicationModule(allowedDependencies = "shared")
package org.readtrack.database;

import org.springframework.modulith.ApplicationModule;
