package org.readtrack.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps the server's messages in the answers a test's client read: of problems, the {@code detail} and every
 * message under {@code errors}; of import reports, each row's {@code messages}. The test then checks that the web
 * app knows each one: the HTTP tests, which provoke every rule, tell when a new message would reach a French
 * reader in English.
 */
final class ServerMessagesSeen implements Consumer<EntityExchangeResult<?>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String IMPORT = "/api/progress/import/";

    private final Set<String> seen = new TreeSet<>();

    @Override
    public synchronized void accept(EntityExchangeResult<?> result) {
        MediaType type = result.getResponseHeaders().getContentType();
        byte[] body = result.getResponseBodyContent();
        boolean problem = type != null && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type);
        boolean importReport = type != null && result.getUrl().getPath().equals(IMPORT)
                && (problem || MediaType.APPLICATION_JSON.isCompatibleWith(type));
        if (body == null || body.length == 0 || !(problem || importReport)) {
            return;
        }
        JsonNode answer = JSON.readTree(body);
        if (problem) {
            collect(answer.path("detail"));
            collect(answer.path("errors"));
        }
        if (importReport) {
            for (JsonNode row : answer.path("results").values()) {
                collect(row.path("messages"));
            }
        }
    }

    private void collect(JsonNode node) {
        if (node.isString()) {
            seen.add(node.asString());
        }
        for (JsonNode child : node.values()) {
            collect(child);
        }
    }

    /** The messages read so far that the web app would show untranslated. */
    synchronized List<String> unknownToWebApp() {
        List<String> unknown = new ArrayList<>();
        for (String message : seen) {
            if (!WebAppServerMessages.get().knows(message)) {
                unknown.add(message);
            }
        }
        return unknown;
    }
}
