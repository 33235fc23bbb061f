/**
 * Where the data lives: SQLite by default (a file in the data directory), PostgreSQL when
 * {@code DATABASE_URL} or {@code POSTGRES_DB} is set. Schema changes are Flyway migrations per vendor.
 */
package org.readtrack.database;
