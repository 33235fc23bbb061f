package org.readtrack.dataset;

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
 * The options of {@code seed-dataset}. Nothing here loads {@code large} for real (two million chapters): its
 * choice is checked on the parsed options and through {@code --dry-run}.
 */
class SeedDatasetCommandTest extends ApiTest {

    @Autowired
    private SeedDatasetCommand command;

    @Autowired
    private List<Command<?>> commands;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int execute(String... args) {
        return CommandLine.execute(commands, args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private long rows() {
        return jdbc.queryForObject("SELECT (SELECT count(*) FROM categories) + (SELECT count(*) FROM contents)"
                + " + (SELECT count(*) FROM users)", Long.class);
    }

    @Test
    void thePresetIsReadWithASpaceOrAnEqualsSign() {
        assertThat(CommandLine.parse(command, "--preset", "large").preset).isEqualTo(DatasetPreset.LARGE);
        assertThat(CommandLine.parse(command, "--preset=large").preset).isEqualTo(DatasetPreset.LARGE);
        assertThat(CommandLine.parse(command, "--preset=Small").preset).isEqualTo(DatasetPreset.SMALL);
        assertThat(CommandLine.parse(command).preset).isEqualTo(DatasetPreset.MEDIUM);
        assertThat(CommandLine.parse(command, "--password", "p w").password).isEqualTo("p w");
        assertThat(CommandLine.parse(command).password).isEqualTo(SeedDatasetCommand.DEFAULT_PASSWORD);
    }

    @Test
    void bothFormsSelectLargeEndToEnd() {
        for (String[] args : List.of(new String[] {"seed-dataset", "--dry-run", "--preset", "large"},
                new String[] {"seed-dataset", "--preset=large", "--dry-run"})) {
            out.getBuffer().setLength(0);

            assertThat(execute(args)).as("%s", List.of(args)).isZero();

            assertThat(out.toString()).as("%s", List.of(args))
                    .startsWith("Preset large: 10 categories, 100000 contents, 2000000 chapters, 10000 users and"
                            + " 500000 progress entries; nothing loaded");
            assertThat(rows()).isZero();
        }
    }

    @Test
    void anUnknownOptionIsAUsageErrorAndLoadsNothing() {
        assertThat(execute("seed-dataset", "--preset", "small", "--size", "large")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown options: '--size', 'large'")
                .contains("Usage: java -jar readtrack.jar seed-dataset");
        assertThat(out.toString()).isEmpty();
        assertThat(rows()).isZero();
    }

    @Test
    void aMissingValueIsAUsageErrorAndLoadsNothing() {
        assertThat(execute("seed-dataset", "--preset")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter for option '--preset'");

        err.getBuffer().setLength(0);
        assertThat(execute("seed-dataset", "--preset", "--password", "secret")).isEqualTo(2);
        assertThat(err.toString()).contains("'--preset'");

        assertThat(out.toString()).isEmpty();
        assertThat(rows()).isZero();
    }

    @Test
    void anUnknownPresetNamesTheChoicesAndLoadsNothing() {
        assertThat(execute("seed-dataset", "--preset=huge")).isEqualTo(2);

        assertThat(err.toString()).contains("'huge' is not a preset; use small, medium or large");
        assertThat(rows()).isZero();
        assertThatThrownBy(() -> CommandLine.parse(command, "--preset", "huge")).isInstanceOf(ParameterException.class);
    }

    @Test
    void theSmallPresetLoads() {
        assertThat(execute("seed-dataset", "--preset=small", "--password", "Some-Passphrase-9")).isZero();

        assertThat(out.toString()).startsWith("Loaded 3 categories, 60 contents, 300 chapters, 5 users and 50");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM contents", Long.class)).isEqualTo(60);
    }
}
