package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.apache.coyote.AbstractProtocol;
import org.apache.tomcat.util.threads.ThreadPoolExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients that send their request bodies one byte at a time hold a connection thread each, never the
 * capacity that serves others, and only until the body deadline. Raw sockets: an HTTP client library
 * would send the body at once.
 */
@TestPropertySource(properties = "readtrack.http.body-timeout=6s")
class SlowClientTest extends ApiTest {

    private static final int TRICKLERS = 64;
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @Autowired
    private ServletWebServerApplicationContext context;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PROMPT).build();
    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();

    @AfterEach
    void closeSockets() throws IOException {
        trickle.shutdownNow();
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void tricklingClientsStarveNeitherHealthProbesNorOtherClientsAndAreDroppedAtTheDeadline() throws Exception {
        Session alice = user("alice");
        AbstractProtocol<?> protocol = protocol();
        ThreadPoolExecutor threads = (ThreadPoolExecutor) protocol.getExecutor();
        long connectionsBefore = protocol.getConnectionCount();

        for (int i = 0; i < TRICKLERS; i++) {
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout(20_000);
            sockets.add(socket);
            write(socket, ("POST /api/auth/login/ HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{"));
        }
        // a byte of JSON whitespace every quarter of a second: never idle long enough for a read timeout
        trickle.scheduleAtFixedRate(() -> sockets.forEach(socket -> {
            try {
                // not once the answer has come: a byte landing after the server closed would reset
                if (socket.getInputStream().available() == 0) {
                    write(socket, " ");
                }
            } catch (IOException e) {
                // dropped by the server: what the end of the test checks
            }
        }), 250, 250, TimeUnit.MILLISECONDS);
        // every trickler is being read by a thread of its own (on a server with fewer threads, as many
        // as there are: then the probes below wait behind them)
        await(() -> threads.getActiveCount() >= Math.min(TRICKLERS, protocol.getMaxThreads()), PROMPT);

        assertPrompt(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/liveness")));
        assertPrompt(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/me/"))
                .header("Authorization", alice.bearer()));

        for (Socket socket : sockets) {
            String response = readToEnd(socket);
            assertThat(response).startsWith("HTTP/1.1 408 ").contains("application/problem+json")
                    .contains("\"status\":408");
        }
        await(() -> protocol.getConnectionCount() <= connectionsBefore + 2, Duration.ofSeconds(10));
    }

    private void assertPrompt(HttpRequest.Builder request) throws Exception {
        long started = System.nanoTime();
        HttpResponse<String> response = client.send(request.timeout(PROMPT).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
    }

    private AbstractProtocol<?> protocol() {
        var tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
        return (AbstractProtocol<?>) tomcat.getConnector().getProtocolHandler();
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Everything the server sends until it closes the connection. */
    private static String readToEnd(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        try {
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // a trickled byte crossed the server's close: the connection is gone all the same
            assertThat(received.size()).as("bytes received before the reset").isPositive();
        }
        return received.toString(StandardCharsets.UTF_8);
    }

    /** Polls {@code condition} until it holds, failing after {@code limit}. */
    static void await(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline).as("condition still false after %s", limit).isNegative();
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
        }
    }
}
