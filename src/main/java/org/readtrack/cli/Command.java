package org.readtrack.cli;

import java.io.PrintWriter;

/**
 * A command of the jar, contributed by a feature as a bean.
 *
 * <p>A command does not read its arguments itself: it declares them on an options object with picocli's
 * {@code @Option} annotations, and {@link CommandLine} parses them, so that every command accepts the same forms
 * ({@code --name value}, {@code --name=value}) and rejects the same mistakes (an unknown option, a missing value)
 * with the same message and exit code before it runs.
 *
 * @param <O> the options: a class whose fields carry {@code @Option}, or {@link NoOptions}
 */
public interface Command<O> {

    /** The word that selects it: {@code java -jar readtrack.jar <name> …}. */
    String name();

    /** One line for the list of commands; the options are listed by the parser. */
    String summary();

    /** A new options object, holding the defaults; the parser fills it in. */
    O options();

    /**
     * Runs with options already parsed and valid.
     *
     * @return the process exit code
     */
    int run(O options, PrintWriter out);

    /** The options of a command that takes none. */
    @picocli.CommandLine.Command
    final class NoOptions {
    }
}
