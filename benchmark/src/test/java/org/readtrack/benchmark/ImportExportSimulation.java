package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.ByteArrayBody;
import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.repeat;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * A reader arriving with a spreadsheet of {@code rows} (10,000) series, all in the catalog: a fresh account
 * (registered each round) runs the dry run, the import, the CSV and JSON exports of its new list, then the
 * same file again (every row unchanged). One client: a warm-up round, then {@code rounds} (3) measured
 * rounds, so that each figure is a request alone on the service; each request's time is also printed. Targets (issue 20, a {@code large} catalog on SQLite): import ≤ 5 s,
 * dry run ≤ 3 s, export ≤ 2 s, each as the slowest of its requests.
 */
public class ImportExportSimulation extends ReadtrackSimulation {

    static final int ROWS = Integer.getInteger("rows", 10_000);
    static final int ROUNDS = Integer.getInteger("rounds", 3);
    static final byte[] SPREADSHEET = spreadsheet(titles(ROWS));
    private static final AtomicInteger ACCOUNTS = new AtomicInteger();
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    static final ScenarioBuilder ROUNDS_OF_IMPORT = scenario("import and export").exec(
            round("warm-up "), repeat(ROUNDS).on(round("")));

    /**
     * A fresh account's dry run, import, exports and import again; {@code prefix} names the requests (the
     * first round runs what the general warm-up does not: the import code is compiled by its end).
     */
    private static ChainBuilder round(String prefix) {
        return exec(
            exec(session -> session.set("username", "importer-" + RUN + "-" + ACCOUNTS.incrementAndGet())),
            http("register").post("/api/auth/register/")
                    .body(StringBody("{\"username\": \"#{username}\", \"email\": \"#{username}@example.org\","
                            + " \"password\": \"" + Fixtures.PASSWORD + "\"}"))
                    .check(status().is(201)),
            http("login").post("/api/auth/login/")
                    .body(StringBody("{\"username\": \"#{username}\", \"password\": \"" + Fixtures.PASSWORD + "\"}"))
                    .check(status().is(200), jmesPath("access").saveAs("access")),
            timed(prefix + "dry run", importing(prefix + "dry run", true).check(jmesPath("created").ofInt().is(ROWS))),
            timed(prefix + "import", importing(prefix + "import", false).check(jmesPath("created").ofInt().is(ROWS))),
            timed(prefix + "export csv", http(prefix + "export csv").get("/api/progress/export/?format=csv")
                    .header("Authorization", "Bearer #{access}").check(status().is(200))),
            timed(prefix + "export json", http(prefix + "export json").get("/api/progress/export/?format=json")
                    .header("Authorization", "Bearer #{access}")
                    .check(status().is(200), jmesPath("length(entries)").ofInt().is(ROWS))),
            timed(prefix + "import again", importing(prefix + "import again", false).check(jmesPath("unchanged").ofInt().is(ROWS))));
    }

    {
        setUp(ROUNDS_OF_IMPORT.injectOpen(atOnceUsers(1)))
                .protocols(protocol)
                .assertions(
                        details("import").responseTime().max().lte(5_000),
                        details("dry run").responseTime().max().lte(3_000),
                        details("export csv").responseTime().max().lte(2_000),
                        details("export json").responseTime().max().lte(2_000),
                        forAll().failedRequests().count().is(0L));
    }

    /** The request, then its time on the console: each round's figure, not only the slowest. */
    private static ChainBuilder timed(String name, HttpRequestActionBuilder request) {
        return exec(request.check(responseTimeInMillis().saveAs("elapsed"))).exec(session -> {
            System.out.printf("timed: %s %s %d ms%n", session.getString("username"), name, session.getInt("elapsed"));
            return session;
        });
    }

    private static HttpRequestActionBuilder importing(String name, boolean dryRun) {
        return http(name).post("/api/progress/import/?dry_run=" + dryRun)
                .header("Authorization", "Bearer #{access}").header("Content-Type", "text/csv")
                .body(ByteArrayBody(SPREADSHEET)).check(status().is(200));
    }

    /** The first {@code count} titles of the catalog in id order, spread over its categories as seeded. */
    private static List<String> titles(int count) {
        HttpClient client = HttpClient.newHttpClient();
        ObjectMapper json = new ObjectMapper();
        String token = FIXTURES.readers().get(0).access();
        List<String> titles = new ArrayList<>(count);
        for (int page = 1; titles.size() < count; page++) {
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(FIXTURES.baseUrl()
                                + "/api/contents/?ordering=created_at&page_size=100&page=" + page))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                JsonNode results = json.readTree(response.body()).get("results");
                if (results == null || results.isEmpty()) {
                    throw new IllegalStateException("The catalog has fewer than " + count + " contents");
                }
                results.forEach(content -> titles.add(content.get("title").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return titles.subList(0, count);
    }

    /**
     * The spreadsheet of issue 20's reader: French headers, French statuses, tiers, decimal chapters and
     * English long dates (a fixed seed: every run imports the same file).
     */
    private static byte[] spreadsheet(List<String> titles) {
        Random random = new Random(20);
        String[] statuses = {"Lecture", "En Pause", "Arreter", "Not started", "Fini"};
        String[] tiers = {"SS", "S", "A", "B", "C"};
        DateTimeFormatter date = DateTimeFormatter.ofPattern("MMMM d, yyyy h:mm a", Locale.ENGLISH);
        LocalDateTime start = LocalDateTime.of(2024, 1, 1, 9, 0);
        StringBuilder csv = new StringBuilder("Name,Dernier Chapitre Lu,Mise à Jour,Tier,Status,Commentaire\n");
        for (String title : titles) {
            csv.append('"').append(title.replace("\"", "\"\"")).append("\",")
                    .append(1 + random.nextInt(300)).append(random.nextInt(4) == 0 ? ".5" : "").append(',')
                    .append('"').append(start.plusMinutes(random.nextInt(1_000_000)).format(date)).append("\",")
                    .append(tiers[random.nextInt(tiers.length)]).append(',')
                    .append(statuses[random.nextInt(statuses.length)]).append(',')
                    .append(random.nextInt(3) == 0 ? "\"lu sur le site, à reprendre\"" : "").append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
