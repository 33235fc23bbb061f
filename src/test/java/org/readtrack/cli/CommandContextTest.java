package org.readtrack.cli;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.readtrack.ReadtrackApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Commands run in the application's context without a web server, as {@code java -jar readtrack.jar
 * COMMAND} does: nothing outside the web configuration may need Spring MVC's beans.
 */
class CommandContextTest {

    @Test
    void aCommandStartsTheApplicationWithoutAWebServer(@TempDir Path dataDir) {
        System.setProperty("readtrack.data-dir", dataDir.toString());
        try {
            assertThat(CommandLine.run(ReadtrackApplication.class, new String[] {"help"})).isZero();
        } finally {
            System.clearProperty("readtrack.data-dir");
        }
    }
}
