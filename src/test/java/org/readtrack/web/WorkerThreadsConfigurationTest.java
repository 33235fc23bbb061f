package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.coyote.AbstractProtocol;
import org.junit.jupiter.api.Test;
import org.readtrack.database.DatabaseProperties;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.util.unit.DataSize;

/** Configured counts, applied to a Tomcat of their own (no application needed). */
class WorkerThreadsConfigurationTest {

    @Test
    void configuredCountsReachTheConnectorAndTheLimiter() {
        var sqlite = new DatabaseProperties(null, null, Path.of("data/readtrack.db"), 4, 10);
        var http = new HttpProperties(DataSize.ofMegabytes(1), List.of(), 3, 50, Duration.ofSeconds(20),
                DataSize.ofMegabytes(16), Duration.ofSeconds(3), DataSize.ofMegabytes(2), DataSize.ofMegabytes(10));
        var threads = new WorkerThreads(http, sqlite);
        var factory = new TomcatServletWebServerFactory(0);
        threads.customize(factory);
        var server = (TomcatWebServer) factory.getWebServer();
        try {
            // the connector joins the server when it starts (on a free port)
            server.start();
            assertThat(protocol(server).getMaxThreads()).isEqualTo(50);
            assertThat(new WorkLimiter(threads).permits()).isEqualTo(3);
        } finally {
            server.stop();
            server.destroy();
        }
    }

    private static AbstractProtocol<?> protocol(TomcatWebServer server) {
        return (AbstractProtocol<?>) server.getTomcat().getConnector().getProtocolHandler();
    }
}
