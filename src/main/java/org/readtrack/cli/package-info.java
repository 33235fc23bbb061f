/**
 * One-off commands of the jar ({@code java -jar readtrack.jar <command>}), run without the web server.
 * The features implement {@link org.readtrack.cli.Command}; this package knows none of them.
 */
@ApplicationModule(allowedDependencies = {})
package org.readtrack.cli;

import org.springframework.modulith.ApplicationModule;
