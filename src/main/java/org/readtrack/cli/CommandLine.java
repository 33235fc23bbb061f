package org.readtrack.cli;

import java.util.Arrays;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs a command inside the application context (same configuration, same database, migrations applied)
 * but without the web server.
 */
public final class CommandLine {

    private CommandLine() {
    }

    /** Options of the server start with a dash ({@code --server.port=…}); a bare word names a command. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    public static int run(Class<?> application, String[] args) {
        String name = args[0];
        List<String> arguments = Arrays.asList(args).subList(1, args.length);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                // a command's own output is what matters; the start-up chatter would bury it
                .properties("spring.main.log-startup-info=false", "logging.level.root=WARN")
                .run()) {
            List<Command> commands = context.getBeanProvider(Command.class).orderedStream().toList();
            return commands.stream().filter(command -> command.name().equals(name)).findFirst()
                    .map(command -> command.run(arguments, System.out))
                    .orElseGet(() -> {
                        System.out.println("Commands:");
                        commands.forEach(c -> System.out.printf("  %-16s %s%n", c.name(), c.summary()));
                        return "help".equals(name) ? 0 : 2;
                    });
        }
    }
}
