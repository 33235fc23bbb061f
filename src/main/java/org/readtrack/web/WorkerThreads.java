package org.readtrack.web;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.AbstractProtocol;

import org.readtrack.database.DatabaseProperties;
import org.readtrack.database.JdbcTarget;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Two kinds of threads. Tomcat's ({@code READTRACK_HTTP_THREADS}, 200) read requests off the network: a
 * client that sends its body slowly holds one of them while doing so, which costs a stack and no CPU, so
 * there are many. The work done once a request has arrived is bounded separately by {@link WorkLimiter},
 * with {@code READTRACK_WORKER_THREADS} permits (0 for automatic). With SQLite a request never waits on the
 * network: it only needs a core, so a couple per core serve the most (measured in BENCHMARKS.md: 4 threads
 * on 2 cores served about twice as many requests as 200). With PostgreSQL, requests wait on the database
 * server, so more keep the cores busy, but not too many: with PostgreSQL on the same 2 cores, 8 served as
 * many requests as 16 with a lower p99 (chapters: 23–25 ms against 28–32 ms; 32: 45–49 ms). Nothing
 * slow holds a permit: bodies have arrived before one is taken, and password hashing runs on its own
 * ({@code PasswordWork}).
 */
@Component
class WorkerThreads implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

    /**
     * How long Tomcat waits for the next bytes of a request (or for a client to take the next bytes of a
     * response): a client that stalls this long is dropped. Bodies also have an overall deadline
     * ({@code READTRACK_BODY_TIMEOUT}, see {@link RequestGuardFilter}) for clients that never quite stall.
     */
    static final int CONNECTION_TIMEOUT_MILLIS = 5_000;

    /** An idle keep-alive connection costs no thread (Tomcat's poller watches it), only its buffers. */
    static final int KEEP_ALIVE_TIMEOUT_MILLIS = 15_000;

    /**
     * Open connections at most. Each holds about 16 KB of heap buffers while open (and more while its
     * request is read), so Tomcat's default of 8,192 could fill the whole heap with idle connections; 1,000
     * keeps that under 16 MB and is far more than this service's clients need (a proxy or a fleet of apps
     * keeps a few pooled connections each). Further connections wait in the kernel's backlog (acceptCount,
     * Tomcat's default of 100, which costs no heap) and then are refused by the kernel.
     */
    static final int MAX_CONNECTIONS = 1_000;

    private final int threads;
    private final int connectionThreads;

    WorkerThreads(HttpProperties http, DatabaseProperties database) {
        int cores = Runtime.getRuntime().availableProcessors();
        this.threads = http.workerThreads() > 0 ? http.workerThreads()
                : database.target().vendor() == JdbcTarget.Vendor.SQLITE ? Math.max(4, 2 * cores)
                : Math.max(8, 4 * cores);
        this.connectionThreads = Math.max(this.threads, http.connectionThreads());
    }

    @Override
    public void customize(ConfigurableTomcatWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractProtocol<?> protocol) {
                protocol.setMinSpareThreads(Math.min(protocol.getMinSpareThreads(), connectionThreads));
                protocol.setMaxThreads(connectionThreads);
                protocol.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
                protocol.setKeepAliveTimeout(KEEP_ALIVE_TIMEOUT_MILLIS);
                protocol.setMaxConnections(MAX_CONNECTIONS);
            }
        });
        // instead of Spring Boot's (HTML, added by an earlier customizer), under the name the host looks for
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                Pipeline pipeline = host.getPipeline();
                for (Valve valve : pipeline.getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        pipeline.removeValve(valve);
                    }
                }
                pipeline.addValve(new ProblemErrorReportValve());
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /** After Spring Boot's own customizer, which applies the {@code server.tomcat.*} defaults. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Requests worked on at once: the permits of {@link WorkLimiter}. */
    int threads() {
        return threads;
    }
}
