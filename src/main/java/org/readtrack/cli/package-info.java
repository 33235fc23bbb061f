/** One-off commands of the jar ({@code java -jar readtrack.jar <command>}), run without the web server. */
package org.readtrack.cli;
