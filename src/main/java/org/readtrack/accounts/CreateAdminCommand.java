package org.readtrack.accounts;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.readtrack.cli.Command;
import org.springframework.stereotype.Component;

/**
 * {@code create-admin --username NAME --email ADDRESS}: the password is read from
 * {@code READTRACK_ADMIN_PASSWORD}, else asked for on the terminal, else read as one line of standard input;
 * never from the arguments, which other users of the machine can see.
 */
@Component
class CreateAdminCommand implements Command {

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
        return "--username NAME --email ADDRESS: create an administrator (password from READTRACK_ADMIN_PASSWORD, the terminal or stdin)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out) {
        Map<String, String> options = options(arguments);
        String username = options.get("username");
        String email = options.get("email");
        if (username == null || email == null) {
            out.println("Usage: create-admin --username NAME --email ADDRESS");
            return 2;
        }
        if (administrators.exists(username)) {
            out.println("A user named '" + username + "' already exists; nothing changed.");
            return 1;
        }
        try {
            administrators.create(username, email, password(out));
        } catch (IllegalArgumentException e) {
            out.println("Not created: " + e.getMessage());
            return 1;
        }
        out.println("Created administrator '" + username + "'.");
        return 0;
    }

    private static Map<String, String> options(List<String> arguments) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < arguments.size(); i++) {
            String arg = arguments.get(i);
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else if (arg.startsWith("--") && i + 1 < arguments.size()) {
                options.put(arg.substring(2), arguments.get(++i));
            }
        }
        return options;
    }

    private static String password(PrintStream out) {
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
