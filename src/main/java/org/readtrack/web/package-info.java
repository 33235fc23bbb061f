/**
 * HTTP conventions shared by every feature: RFC 9457 problem responses, the pagination envelope,
 * optional trailing slashes and request guards.
 *
 * <p>Knows {@code shared} (what it turns into responses) and {@code database} (its failures, and the
 * vendor for the worker count), but neither security nor any feature: they build on it.
 */
@ApplicationModule(allowedDependencies = {"shared", "database"})
package org.readtrack.web;

import org.springframework.modulith.ApplicationModule;
