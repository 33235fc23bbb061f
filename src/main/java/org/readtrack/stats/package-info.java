/**
 * The site's statistics for administrators: accounts, catalog and tracking activity, counted by the database
 * over every feature's tables. Read-only; it depends on no feature's code, only on their tables.
 */
@ApplicationModule(allowedDependencies = {"shared", "database", "web", "security"})
package org.readtrack.stats;

import org.springframework.modulith.ApplicationModule;
