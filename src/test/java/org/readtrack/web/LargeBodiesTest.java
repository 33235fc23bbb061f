package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.test.context.TestPropertySource;

/**
 * Clients without an account that send two large bodies (where imports go) nearly whole, then hold them: the
 * memory budget for bodies is the default 16 MB, and what they hold must not keep a login from being read.
 */
@TestPropertySource(properties = "readtrack.http.body-timeout=8s")
class LargeBodiesTest extends ApiTest {

    private static final int ANNOUNCED = 8 * 1024 * 1024;
    private static final Duration PROMPT = Duration.ofSeconds(2);

    @Autowired
    private FilterRegistrationBean<RequestGuardFilter> guard;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(PROMPT).build();
    private final List<Socket> sockets = new ArrayList<>();

    private static boolean answered(Socket socket) {
        try {
            return socket.isClosed() || socket.getInputStream().available() > 0;
        } catch (IOException e) {
            return true;
        }
    }

    @AfterEach
    void closeSockets() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }

    @Test
    void largeBodiesHeldBySlowClientsLeaveRoomForLogins() throws Exception {
        register("alice");
        byte[] nearlyAll = new byte[ANNOUNCED - 100];
        Arrays.fill(nearlyAll, (byte) 'a');
        for (int i = 0; i < 2; i++) {
            Socket socket = new Socket("localhost", port);
            socket.setSoTimeout(20_000);
            sockets.add(socket);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/progress/import/ HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/csv\r\n"
                    + "Content-Length: " + ANNOUNCED + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            try {
                out.write(nearlyAll);
                out.flush();
            } catch (IOException refused) {
                // the server answered 503 for lack of room and closed: what a second such client may get
            }
        }

        // both bodies read as far as their clients sent them (the last bytes may still be on their way when the
        // writes return), or the second refused for lack of room
        SlowClientTest.await(() -> guard.getFilter().heldBodyBytes() >= 2L * (ANNOUNCED - 100) - 8192
                || answered(sockets.get(1)), Duration.ofSeconds(10));
        long started = System.nanoTime();
        HttpResponse<String> login = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/auth/login/"))
                .timeout(PROMPT).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"alice\", \"password\": \"" + PASSWORD
                        + "\"}")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PROMPT);
    }
}
