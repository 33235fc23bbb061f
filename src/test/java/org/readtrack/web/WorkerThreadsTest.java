package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readtrack.database.DatabaseProperties;
import org.springframework.util.unit.DataSize;

/** How many requests Tomcat serves at once, by database, unless configured. */
class WorkerThreadsTest {

    private static final int CORES = Runtime.getRuntime().availableProcessors();
    private static final DatabaseProperties SQLITE =
            new DatabaseProperties(null, null, Path.of("data/readtrack.db"), 4, 10);
    private static final DatabaseProperties POSTGRESQL =
            new DatabaseProperties("jdbc:postgresql://localhost:5432/readtrack", null, null, 4, 10);

    @Test
    void sqliteGetsTwoThreadsPerCoreAndAtLeastFour() {
        assertThat(new WorkerThreads(http(0), SQLITE).threads()).isEqualTo(Math.max(4, 2 * CORES));
    }

    @Test
    void postgresqlGetsFourThreadsPerCoreAndAtLeastEight() {
        assertThat(new WorkerThreads(http(0), POSTGRESQL).threads()).isEqualTo(Math.max(8, 4 * CORES));
    }

    @Test
    void aConfiguredCountWinsOverEitherDefault() {
        assertThat(new WorkerThreads(http(3), SQLITE).threads()).isEqualTo(3);
        assertThat(new WorkerThreads(http(3), POSTGRESQL).threads()).isEqualTo(3);
    }

    private static HttpProperties http(int workerThreads) {
        return new HttpProperties(DataSize.ofMegabytes(1), List.of(), workerThreads);
    }
}
