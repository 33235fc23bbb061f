package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * 64 connections ({@code tricklers}) each send a POST's headers, then its body at one byte per second,
 * reconnecting whenever the server drops them (at the body deadline), for the whole run; meanwhile 32
 * clients list contents and 2 poll the liveness probe. Both keep p99 at or under 100 ms.
 */
public class SlowClientsSimulation extends ReadtrackSimulation {

    static final int TRICKLERS = Integer.getInteger("tricklers", 64);

    private final ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    private final List<Socket> sockets = new ArrayList<>();
    private final AtomicLong dropped = new AtomicLong();

    @Override
    public void before() {
        try {
            for (int i = 0; i < TRICKLERS; i++) {
                sockets.add(open());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        trickle.scheduleAtFixedRate(this::trickleOneByteEach, 1, 1, TimeUnit.SECONDS);
    }

    @Override
    public void after() {
        trickle.shutdownNow();
        sockets.forEach(SlowClientsSimulation::close);
        System.out.println("tricklers dropped by the server (and reconnected): " + dropped.get());
    }

    {
        setUp(clients(loop("content list beside tricklers", Scenarios.list("content list beside tricklers")),
                        CLIENTS),
                clients(scenario("liveness beside tricklers").exec(http("liveness beside tricklers")
                        .get("/actuator/health/liveness").check(status().is(200))), 2))
                .protocols(protocol)
                .assertions(details("content list beside tricklers").responseTime().percentile(99.0).lte(100),
                        details("liveness beside tricklers").responseTime().percentile(99.0).lte(100),
                        details("content list beside tricklers").failedRequests().count().is(0L));
    }

    private void trickleOneByteEach() {
        for (int i = 0; i < sockets.size(); i++) {
            Socket socket = sockets.get(i);
            try {
                if (socket.getInputStream().available() > 0) {
                    throw new IOException("answered");
                }
                write(socket, " ");
            } catch (IOException e) {
                dropped.incrementAndGet();
                close(socket);
                try {
                    sockets.set(i, open());
                } catch (IOException again) {
                    // the next round tries again
                }
            }
        }
    }

    private static Socket open() throws IOException {
        URI base = URI.create(FIXTURES.baseUrl());
        Socket socket = new Socket(base.getHost(), base.getPort());
        write(socket, "POST /api/auth/login/ HTTP/1.1\r\nHost: " + base.getHost()
                + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
