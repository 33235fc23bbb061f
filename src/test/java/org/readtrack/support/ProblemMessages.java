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
 * Keeps the messages of the problem bodies a test's client read (the {@code detail} and every message under
 * {@code errors}), so that the test can check the web app knows each one: the HTTP tests, which provoke every
 * rule's problem, then tell when a new message would reach a French reader in English.
 */
final class ProblemMessages implements Consumer<EntityExchangeResult<?>> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Set<String> seen = new TreeSet<>();

    @Override
    public synchronized void accept(EntityExchangeResult<?> result) {
        MediaType type = result.getResponseHeaders().getContentType();
        byte[] body = result.getResponseBodyContent();
        if (type == null || !MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(type) || body == null
                || body.length == 0) {
            return;
        }
        JsonNode problem = JSON.readTree(body);
        if (problem.path("detail").isString()) {
            seen.add(problem.path("detail").asString());
        }
        collect(problem.path("errors"));
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
