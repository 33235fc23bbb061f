package org.readtrack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine.Option;

/** The dispatcher on its own: which command runs, help, and the usage errors, with made-up commands. */
class CommandLineTest {

    static final class GreetOptions {
        @Option(names = "--name", paramLabel = "NAME")
        String name = "world";
    }

    private final List<String> ran = new ArrayList<>();

    private final Command<GreetOptions> greet = new Command<>() {
        @Override
        public String name() {
            return "greet";
        }

        @Override
        public String summary() {
            return "say hello";
        }

        @Override
        public GreetOptions options() {
            return new GreetOptions();
        }

        @Override
        public int run(GreetOptions options, PrintWriter out) {
            ran.add("greet " + options.name);
            out.println("hello " + options.name);
            return 0;
        }
    };

    private final Command<Command.NoOptions> idle = new Command<>() {
        @Override
        public String name() {
            return "idle";
        }

        @Override
        public String summary() {
            return "do nothing, and fail";
        }

        @Override
        public Command.NoOptions options() {
            return new Command.NoOptions();
        }

        @Override
        public int run(Command.NoOptions options, PrintWriter out) {
            ran.add("idle");
            return 1;
        }
    };

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return CommandLine.execute(List.of(greet, idle), args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void runsTheNamedCommandAndAnswersItsExitCode() {
        assertThat(execute("greet", "--name", "Ann")).isZero();
        assertThat(execute("greet", "--name=Bob")).isZero();
        assertThat(execute("greet")).isZero();
        assertThat(execute("idle")).isEqualTo(1);

        assertThat(ran).containsExactly("greet Ann", "greet Bob", "greet world", "idle");
        assertThat(out.toString()).isEqualTo(String.format("hello Ann%nhello Bob%nhello world%n"));
    }

    @Test
    void helpListsTheCommands() {
        assertThat(execute("help")).isZero();

        assertThat(out.toString()).contains("greet").contains("say hello").contains("idle")
                .contains("do nothing, and fail");
        assertThat(ran).isEmpty();
    }

    @Test
    void helpOnOneCommandShowsItsOptions() {
        assertThat(execute("help", "greet")).isZero();
        assertThat(execute("greet", "--help")).isZero();

        assertThat(out.toString()).contains("Usage: java -jar readtrack.jar greet").contains("--name=NAME");
        assertThat(ran).isEmpty();
    }

    @Test
    void anUnknownCommandListsTheCommandsAndIsAUsageError() {
        assertThat(execute("gret")).isEqualTo(CommandLine.USAGE).isEqualTo(2);

        assertThat(err.toString()).contains("gret").contains("greet").contains("idle");
        assertThat(ran).isEmpty();
    }

    @Test
    void anOptionOfNoCommandIsAUsageError() {
        assertThat(execute("idle", "--force")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown option: '--force'");
        assertThat(ran).isEmpty();
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(execute()).isEqualTo(2);

        assertThat(err.toString()).contains("Usage: java -jar readtrack.jar");
    }
}
