/**
 * Synthetic datasets for load tests: the {@code seed-dataset} command bulk-loads a preset of categories,
 * contents, chapters, users and progress with JDBC batches, fast enough for millions of rows.
 */
package org.readtrack.dataset;
