package org.readtrack.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What the simulations need from the seeded dataset ({@code seed-dataset}): access tokens of the first
 * users, their progress entry ids, and the category and content ids. Read once, through the API.
 *
 * <p>System properties: {@code readtrack.url} (http://localhost:8000), {@code readtrack.password}
 * (the seed's default), {@code readtrack.users} (how many users take part, 200).
 */
record Fixtures(String baseUrl, List<Reader> readers, List<Long> categoryIds, long firstContentId,
        long contentCount) {

    record Reader(String username, String access, List<Long> entryIds) {
    }

    static final String PASSWORD = System.getProperty("readtrack.password", "Benchmark-Passphrase-1");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static Fixtures load() {
        String baseUrl = System.getProperty("readtrack.url", "http://localhost:8000");
        int users = Integer.getInteger("readtrack.users", 200);
        List<Reader> readers = new ArrayList<>();
        // logins are deliberately slow (Argon2id); a few at a time is as fast as the server allows
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Reader>> pending = new ArrayList<>();
            for (int i = 1; i <= users; i++) {
                String username = "reader" + i;
                pending.add(pool.submit(() -> reader(baseUrl, username)));
            }
            for (Future<Reader> reader : pending) {
                readers.add(reader.get());
            }
        } catch (Exception e) {
            throw new IllegalStateException("Cannot log the benchmark users in; was the dataset seeded?", e);
        } finally {
            pool.shutdownNow();
        }
        String token = readers.get(0).access();
        List<Long> categories = new ArrayList<>();
        get(baseUrl, "/api/categories/?page_size=100", token).get("results")
                .forEach(category -> categories.add(category.get("id").asLong()));
        JsonNode first = get(baseUrl, "/api/contents/?ordering=created_at&page_size=1", token);
        JsonNode last = get(baseUrl, "/api/contents/?ordering=-created_at&page_size=1", token);
        long count = first.get("count").asLong();
        long firstId = first.get("results").get(0).get("id").asLong();
        long lastId = last.get("results").get(0).get("id").asLong();
        if (lastId - firstId + 1 != count) {
            throw new IllegalStateException("Content ids are not contiguous; seed an empty database");
        }
        return new Fixtures(baseUrl, List.copyOf(readers), List.copyOf(categories), firstId, count);
    }

    private static Reader reader(String baseUrl, String username) throws IOException, InterruptedException {
        HttpResponse<String> login = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + "/api/auth/login/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.createObjectNode()
                        .put("username", username).put("password", PASSWORD).toString()))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login of " + username + " answered " + login.statusCode());
        }
        String access = JSON.readTree(login.body()).get("access").asText();
        List<Long> entries = new ArrayList<>();
        get(baseUrl, "/api/progress/?page_size=100", access).get("results")
                .forEach(entry -> entries.add(entry.get("id").asLong()));
        return new Reader(username, access, List.copyOf(entries));
    }

    private static JsonNode get(String baseUrl, String path, String token) {
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
            }
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
