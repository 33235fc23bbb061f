package org.readtrack.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.readtrack.cli.Command;
import org.springframework.stereotype.Component;

import picocli.CommandLine.Option;

/**
 * {@code create-admin --username NAME --email ADDRESS}: the password is read from
 * {@code READTRACK_ADMIN_PASSWORD}, else asked for on the terminal, else read as one line of standard input;
 * never from the arguments, which other users of the machine can see.
 */
@Component
class CreateAdminCommand implements Command<CreateAdminCommand.Options> {

    /** What the command line says; no password option on purpose (see above). */
    static final class Options {

        @Option(names = "--username", paramLabel = "NAME", required = true, description = "the new account's username")
        String username;

        @Option(names = "--email", paramLabel = "ADDRESS", required = true, description = "its email address")
        String email;
    }

    private final Administrators administrators;

    CreateAdminCommand(Administrators administrators) {
        this.administrators = administrators;
    }

    @Override
    public String name() {
        return "create-admin";
    }

    @Override
    public String summary() {
        return "create an administrator (password from READTRACK_ADMIN_PASSWORD, the terminal or stdin)";
    }

    @Override
    public Options options() {
        return new Options();
    }

    @Override
    public int run(Options options, PrintWriter out) {
        String username = options.username;
        if (administrators.exists(username)) {
            out.println("A user named '" + username + "' already exists; nothing changed.");
            return 1;
        }
        try {
            administrators.create(username, options.email, password(out));
        } catch (IllegalArgumentException e) {
            out.println("Not created: " + e.getMessage());
            return 1;
        }
        out.println("Created administrator '" + username + "'.");
        return 0;
    }

    private static String password(PrintWriter out) {
        String fromEnvironment = System.getenv("READTRACK_ADMIN_PASSWORD");
        if (fromEnvironment != null && !fromEnvironment.isEmpty()) {
            return fromEnvironment;
        }
        Console console = System.console();
        if (console != null) {
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password (again): ");
            if (first == null || !Arrays.equals(first, second)) {
                throw new IllegalArgumentException("the two passwords differ");
            }
            return new String(first);
        }
        try {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            return line == null ? "" : line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
