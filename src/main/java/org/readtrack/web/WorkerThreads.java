package org.readtrack.web;

import org.apache.coyote.AbstractProtocol;

import org.readtrack.database.DatabaseProperties;
import org.readtrack.database.JdbcTarget;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * How many requests Tomcat works on at once ({@code READTRACK_WORKER_THREADS}, 0 for automatic). With
 * SQLite a request never waits on the network: it only needs a core, so a couple of threads per core serve
 * the most (measured in BENCHMARKS.md: 4 threads on 2 cores served about twice as many requests as 200).
 * With PostgreSQL, requests wait on the database server, so more threads keep the cores busy, but not too
 * many: with PostgreSQL on the same 2 cores, 8 threads served as many requests as 16 with a lower p99
 * (chapters: 23–25 ms against 28–32 ms; 32 threads: 45–49 ms). Nothing
 * slow blocks these threads: password hashing runs on its own ({@code PasswordWork}).
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    private final int threads;

    WorkerThreads(HttpProperties http, DatabaseProperties database) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.threads = http.workerThreads() > 0 ? http.workerThreads()
                : database.target().vendor() == JdbcTarget.Vendor.SQLITE ? Math.max(4, 2 * cores)
                : Math.max(8, 4 * cores);
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), threads));
                protocol.setMaxThreads(threads);
            }
        });
    }

    /** After Spring Boot's own customizer, which applies the {@code server.tomcat.*} defaults. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    int threads() {
        return threads;
    }
}
