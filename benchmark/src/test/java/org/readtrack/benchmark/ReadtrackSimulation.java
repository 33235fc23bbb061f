package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.forAll;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

import io.gatling.javaapi.core.Assertion;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Common ground of the scenarios: a closed model where each of {@code clients} (32) virtual clients sends
 * its next request as soon as the previous one answered, for {@code duration} seconds (60). Each
 * simulation states its targets as assertions: Gatling fails the run when one is missed.
 */
abstract class ReadtrackSimulation extends Simulation {

    static final Fixtures FIXTURES = Fixtures.load();
    static final int CLIENTS = Integer.getInteger("clients", 32);
    static final Duration DURATION = Duration.ofSeconds(Long.getLong("duration", 60));

    final HttpProtocolBuilder protocol = http.baseUrl(FIXTURES.baseUrl())
            .acceptHeader("application/json")
            .contentTypeHeader("application/json")
            // as the web app sends it with every call: the reader's day for the dates an entry gets by itself
            .header("Time-Zone", "Europe/Paris")
            // one connection pool for all virtual clients, as a real client fleet behind keep-alive would use
            .shareConnections();

    /** One request per virtual client, started again as soon as it ends. */
    static ScenarioBuilder loop(String name, HttpRequestActionBuilder request) {
        return scenario(name).feed(randomReaders()).exec(request);
    }

    static PopulationBuilder clients(ScenarioBuilder scenario, int clients) {
        return scenario.injectClosed(constantConcurrentUsers(clients).during(DURATION));
    }

    static Assertion[] targets(String request, double minPerSecond) {
        return new Assertion[] {
                details(request).requestsPerSec().gte(minPerSecond),
                forAll().failedRequests().count().is(0L)};
    }

    static Assertion[] targets(String request, double minPerSecond, int maxP99Millis) {
        return new Assertion[] {
                details(request).requestsPerSec().gte(minPerSecond),
                details(request).responseTime().percentile(99.0).lte(maxP99Millis),
                forAll().failedRequests().count().is(0L)};
    }

    /** A random reader for each request: {@code token}, {@code entryId}. */
    static Iterator<Map<String, Object>> randomReaders() {
        Supplier<Map<String, Object>> next = () -> {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            Fixtures.Reader reader = FIXTURES.readers().get(random.nextInt(FIXTURES.readers().size()));
            return Map.of(
                    "token", "Bearer " + reader.access(),
                    "username", reader.username(),
                    "entryId", reader.entryIds().get(random.nextInt(reader.entryIds().size())),
                    "contentId", FIXTURES.firstContentId() + random.nextLong(FIXTURES.contentCount()),
                    "categoryId", FIXTURES.categoryIds().get(random.nextInt(FIXTURES.categoryIds().size())),
                    "page", 1 + random.nextInt(20),
                    "chapter", Integer.toString(1 + random.nextInt(20)));
        };
        return Stream.generate(next).iterator();
    }
}
