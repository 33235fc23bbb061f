package org.readtrack.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Runs a command inside the application context (same configuration, same database, migrations applied)
 * but without the web server.
 *
 * <p>Arguments are parsed by picocli for every command. Spring's own {@code ApplicationArguments} was not
 * enough: it only knows {@code --name=value}, takes {@code --name value} as a valueless option followed by an
 * unrelated word, and accepts any option name, so each command had to check its arguments again by hand.
 * picocli reads both forms, refuses unknown options and missing values, converts values to their types, and
 * writes the usage text.
 */
public final class CommandLine {

    /** A mistake on the command line (picocli's own code for it too). */
    public static final int USAGE = picocli.CommandLine.ExitCode.USAGE;

    private CommandLine() {
    }

    /** Options of the server start with a dash ({@code --server.port=…}); a bare word names a command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // a command's own output is what matters; the start-up chatter would bury it
                .properties("spring.main.log-startup-info=false", "logging.level.root=WARN")
                .run()) {
            List<Command<?>> commands = context.getBeanProvider(Command.class).orderedStream()
                    .<Command<?>>map(command -> command).toList();
            PrintWriter out = writer(System.out);
            PrintWriter err = writer(System.err);
            try {
                return execute(commands, args, out, err);
            } finally {
                out.flush();
                err.flush();
            }
        }
    }

    /**
     * Parses {@code args} (the command's name first) and runs the command they name. {@code help} lists the
     * commands, {@code help <command>} or {@code <command> --help} shows one; an unknown command or option, or a
     * missing value, is written to {@code err} with the usage and gives {@link #USAGE}, without running anything.
     */
    public static int execute(List<? extends Command<?>> commands, String[] args, PrintWriter out,
            PrintWriter err) {
        Map<String, Command<?>> byName = new HashMap<>();
        picocli.CommandLine top = parser(CommandSpec.create().name("java -jar readtrack.jar"));
        top.addSubcommand("help", new picocli.CommandLine.HelpCommand());
        for (Command<?> command : commands) {
            byName.put(command.name(), command);
            top.addSubcommand(command.name(), parser(spec(command)));
        }
        top.setOut(out);
        top.setErr(err);
        // picocli alone answers an unknown word with a suggestion only; the full usage lists what there is
        top.setParameterExceptionHandler((mistake, arguments) -> {
            err.println(mistake.getMessage());
            UnmatchedArgumentException.printSuggestions(mistake, err);
            mistake.getCommandLine().usage(err);
            return USAGE;
        });
        top.setExecutionStrategy(parsed -> {
            Integer help = picocli.CommandLine.executeHelpRequest(parsed);
            if (help != null) {
                return help;
            }
            ParseResult selected = parsed.subcommand();
            if (selected == null) {
                top.usage(err);
                return USAGE;
            }
            return run(byName.get(selected.commandSpec().name()), selected.commandSpec().userObject(), out);
        });
        return top.execute(args);
    }

    /**
     * The options {@code arguments} (without the command's name) give {@code command}: a mistake throws picocli's
     * {@link ParameterException}, whose message is the one the user would read.
     */
    public static <O> O parse(Command<O> command, String... arguments) {
        O options = command.options();
        parser(spec(command, options)).parseArgs(arguments);
        return options;
    }

    private static <O> CommandSpec spec(Command<O> command) {
        return spec(command, command.options());
    }

    private static CommandSpec spec(Command<?> command, Object options) {
        CommandSpec spec = CommandSpec.forAnnotatedObject(options).name(command.name());
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("show this help").build());
        spec.usageMessage().description(command.summary());
        return spec;
    }

    private static picocli.CommandLine parser(CommandSpec spec) {
        picocli.CommandLine parser = new picocli.CommandLine(spec);
        // "@file" would read the arguments from a file: a surprise for a value such as a username
        parser.setExpandAtFiles(false);
        return parser;
    }

    @SuppressWarnings("unchecked")
    private static <O> int run(Command<O> command, Object options, PrintWriter out) {
        return command.run((O) options, out);
    }

    private static PrintWriter writer(PrintStream stream) {
        return new PrintWriter(stream, true);
    }
}
