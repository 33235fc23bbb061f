package org.readtrack.cli;

import java.io.PrintStream;
import java.util.List;

/** A command of the jar, contributed by a feature as a bean. */
public interface Command {

    /** The word that selects it: {@code java -jar readtrack.jar <name> …}. */
    String name();

    /** One line for the list of commands. */
    String summary();

    /** @return the process exit code */
    int run(List<String> arguments, PrintStream out);
}
