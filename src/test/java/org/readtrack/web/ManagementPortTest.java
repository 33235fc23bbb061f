package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.readtrack.ReadtrackApplication;
import org.readtrack.support.ApiTest;
import org.readtrack.support.TestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

/** A real separate management port (chosen at random): internal by deployment, but never a way into the API. */
@TestPropertySource(properties = "management.server.port=0")
class ManagementPortTest extends ApiTest {

    @LocalManagementPort
    int managementPort;

    @Test
    void metricsNeedNoTokenOnTheManagementPort() {
        String metrics = management().get().uri("/actuator/prometheus").exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(metrics).contains("jvm_memory_used_bytes");
        management().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @Test
    void nothingButTheActuatorIsServedTokenLessThere() {
        for (String path : new String[] {"/api/users/", "/api/auth/me/", "/", "/nothing-here"}) {
            management().get().uri(path).exchange().expectStatus().isUnauthorized();
        }
        management().post().uri("/api/categories/").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void theMainPortStillAsksForTokens() {
        http.get().uri("/api/users/").exchange().expectStatus().isUnauthorized();
        http.get().uri("/actuator/prometheus").exchange().expectStatus().isUnauthorized();
        Session reader = user("mgmt_reader");
        http.get().uri("/actuator/prometheus").header("Authorization", reader.bearer()).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void aManagementPortEqualToPortIsRefusedAtStartUp() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        // arguments, as application.yml's defaults would win over default properties
        List<String> arguments = new ArrayList<>(List.of("--spring.profiles.active=test",
                "--server.port=" + port, "--management.server.port=" + port));
        TestDatabase.register((name, value) -> arguments.add("--" + name + "=" + value.get()));

        assertThatThrownBy(() -> new SpringApplicationBuilder(ReadtrackApplication.class)
                .run(arguments.toArray(String[]::new)).close())
                .rootCause().hasMessageContaining("READTRACK_MANAGEMENT_PORT must differ from PORT (" + port + ")");
    }

    private RestTestClient management() {
        return RestTestClient.bindToServer().baseUrl("http://localhost:" + managementPort).build();
    }
}
