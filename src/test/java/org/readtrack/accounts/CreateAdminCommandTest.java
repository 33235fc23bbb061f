package org.readtrack.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readtrack.cli.Command;
import org.readtrack.cli.CommandLine;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;

import picocli.CommandLine.ParameterException;

/**
 * The options of {@code create-admin}. Creating the account itself needs a password from the terminal or
 * standard input, which the test JVM does not offer: the options are checked as parsed, and every refusal
 * happens before the password is asked for.
 */
class CreateAdminCommandTest extends ApiTest {

    @Autowired
    private CreateAdminCommand command;

    @Autowired
    private List<Command<?>> commands;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return CommandLine.execute(commands, args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private long users() {
        return jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
    }

    @Test
    void optionsAreReadWithASpaceOrAnEqualsSign() {
        CreateAdminCommand.Options spaced = CommandLine.parse(command, "--username", "root", "--email", "root@example.org");
        CreateAdminCommand.Options joined = CommandLine.parse(command, "--email=root@example.org", "--username=root");

        for (CreateAdminCommand.Options options : List.of(spaced, joined)) {
            assertThat(options.username).isEqualTo("root");
            assertThat(options.email).isEqualTo("root@example.org");
        }
    }

    @Test
    void theUsernameReachesTheCommandInEitherForm() {
        register("taken");

        assertThat(execute("create-admin", "--username=taken", "--email", "x@example.org")).isEqualTo(1);
        assertThat(execute("create-admin", "--username", "taken", "--email=x@example.org")).isEqualTo(1);

        assertThat(out.toString()).contains("A user named 'taken' already exists; nothing changed.");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndCreatesNothing() {
        assertThat(execute("create-admin", "--username", "root", "--email", "root@example.org", "--password", "x"))
                .isEqualTo(2);

        assertThat(err.toString()).contains("Unknown options: '--password', 'x'")
                .contains("Usage: java -jar readtrack.jar create-admin");
        assertThat(out.toString()).isEmpty();
        assertThat(users()).isZero();
    }

    @Test
    void aMissingValueOrOptionIsAUsageErrorAndCreatesNothing() {
        assertThat(execute("create-admin", "--email", "root@example.org", "--username")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--username'");

        err.getBuffer().setLength(0);
        assertThat(execute("create-admin", "--username", "--email", "root@example.org")).isEqualTo(2);
        assertThat(err.toString()).contains("'--username'");

        err.getBuffer().setLength(0);
        assertThat(execute("create-admin", "--username", "root")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required option: '--email=ADDRESS'");

        assertThat(out.toString()).isEmpty();
        assertThat(users()).isZero();
        assertThatThrownBy(() -> CommandLine.parse(command, "--username", "root"))
                .isInstanceOf(ParameterException.class);
    }
}
