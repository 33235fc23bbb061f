package org.readtrack.benchmark;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.http.HttpRequestActionBuilder;

/** The requests the benchmark measures, each as a named Gatling request. */
final class Scenarios {

    private Scenarios() {
    }

    /** One page of 20 contents of a category (pages 1 to 20 of about 500 contents). */
    static HttpRequestActionBuilder list(String name) {
        return http(name).get("/api/contents/?feature_category=#{categoryId}&page=#{page}&page_size=20")
                .header("Authorization", "#{token}").check(status().is(200));
    }

    static HttpRequestActionBuilder detail(String name) {
        return http(name).get("/api/contents/#{contentId}/").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    /** A content's readers and their mean score, which the series page asks for beside the content. */
    static HttpRequestActionBuilder readers(String name) {
        return http(name).get("/api/contents/#{contentId}/readers/").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    /** Matches 36 titles of the seeded dataset, whatever its size. */
    static HttpRequestActionBuilder search(String name) {
        return http(name).get("/api/contents/?search=stellar%20odyssey").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    static HttpRequestActionBuilder chapters(String name) {
        return http(name).get("/api/chapters/?content=#{contentId}").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    static HttpRequestActionBuilder progressList(String name) {
        return http(name).get("/api/progress/").header("Authorization", "#{token}").check(status().is(200));
    }

    /** The library's main view: entries being read, with unread counts and next chapters, a page of 20. */
    static HttpRequestActionBuilder library(String name) {
        return http(name).get("/api/progress/?status=reading&page_size=20").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    /** One chapter further on one of the reader's entries (past the catalog, the next number). */
    static HttpRequestActionBuilder advance(String name) {
        return http(name).post("/api/progress/#{entryId}/advance/").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    static HttpRequestActionBuilder feed(String name) {
        return http(name).get("/api/feed/").header("Authorization", "#{token}").check(status().is(200));
    }

    /** The feed as the web app shows it, a line per content and day: its first page of 30. */
    static HttpRequestActionBuilder feedReleases(String name) {
        return http(name).get("/api/feed/releases/?page_size=30").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    /** The reader's latest changes to all their entries, the first page, as the Recent changes screen asks. */
    static HttpRequestActionBuilder recentChanges(String name) {
        return http(name).get("/api/progress/history/").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    static HttpRequestActionBuilder tags(String name) {
        return http(name).get("/api/progress/tags/").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    /** As the web app asks: with the reader's time zone, one with summer time. */
    static HttpRequestActionBuilder readerStats(String name) {
        return http(name).get("/api/stats/me/?time_zone=Europe/Paris").header("Authorization", "#{token}")
                .check(status().is(200));
    }

    static HttpRequestActionBuilder progressUpdate(String name) {
        return http(name).patch("/api/progress/#{entryId}/").header("Authorization", "#{token}")
                .body(StringBody("{\"last_chapter\": \"#{chapter}\"}")).check(status().is(200));
    }

    static HttpRequestActionBuilder login(String name) {
        return http(name).post("/api/auth/login/")
                .body(StringBody("{\"username\": \"#{username}\", \"password\": \"" + Fixtures.PASSWORD + "\"}"))
                .check(status().is(200));
    }
}
