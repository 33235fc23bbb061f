/**
 * Synthetic datasets for load tests: the {@code seed-dataset} command bulk-loads a preset of categories,
 * contents, chapters, users and progress with JDBC batches ({@code Sql.batch}), fast enough for millions of rows.
 *
 * <p>Writes every feature's tables, but borrows only the password hashing of accounts and the chapter
 * numbers of the catalog. Nothing depends on it.
 */
@ApplicationModule(allowedDependencies = {"accounts", "catalog", "cli", "database"})
package org.readtrack.dataset;

import org.springframework.modulith.ApplicationModule;
