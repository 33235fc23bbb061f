package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;

/** A body with several values of the wrong type is told of each of them at once, as the original API did. */
class EveryFieldErrorTest extends CatalogApiTest {

    private Session reader;
    private long series;

    @BeforeEach
    void aSeries() {
        reader = user("reader");
        var catalog = fixtures(admin("curator"));
        series = catalog.content(catalog.category("Manga"), "Frieren");
    }

    @Test
    void everyValueOfTheWrongTypeIsNamedAndNothingIsSaved() {
        Reply reply = json(HttpMethod.PUT, "/api/contents/" + series + "/progress/", """
                {"last_chapter": "12", "score": "abc", "favorite": "x", "status": "nope",
                 "started_on": "yesterday", "rereading": 3}""").expect(400);

        assertThat(reply.errors()).isEqualTo(Map.of(
                "score", List.of("A valid number is required."),
                "favorite", List.of("Must be a valid boolean."),
                "status", List.of("\"nope\" is not a valid choice."),
                "started_on", List.of("Date has wrong format. Use one of these formats instead: YYYY-MM-DD."),
                "rereading", List.of("Must be a valid boolean.")));
        // in the body's order
        assertThat(reply.errors().keySet()).containsExactly("score", "favorite", "status", "started_on", "rereading");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM progress", Integer.class)).isZero();
    }

    /** A body of a thousand wrong values is answered with the first fifty, not a megabyte of errors. */
    @Test
    void aBodyOfManyWrongValuesIsAnsweredWithTheFirstFifty() {
        Reply reply = json(HttpMethod.PUT, "/api/contents/" + series + "/progress/",
                "{\"tags\": [" + "[], ".repeat(999) + "[]]}").expect(400);

        assertThat(reply.errors()).hasSize(50).containsKey("tags[49]");
        assertThat(reply.raw().length()).isLessThan(5_000);
    }

    /** The values after one skipped are read from where it ends: an object where text belongs, inside a list. */
    @Test
    void aValueInsideAListIsNamedByItsPlaceAndTheBodyIsReadOnAfterIt() {
        Reply reply = json(HttpMethod.PUT, "/api/contents/" + series + "/progress/", """
                {"tags": ["fine", {"nested": [1, {"deeper": true}]}, "also fine", ["x"]],
                 "favorite": "x", "notes": {"a": 1}}""").expect(400);

        assertThat(reply.errors()).containsOnlyKeys("tags[1]", "tags[3]", "favorite", "notes");
        assertThat(reply.errors().get("tags[1]")).containsExactly("Not a valid string.");
    }

    @Test
    void aValueInsideAnObjectIsNamedByItsPath() {
        Reply reply = json(HttpMethod.PATCH, "/api/auth/me/", """
                {"preferences": {"theme": "neon", "time_zone": 7.5, "language": ["fr"]}, "profile_public": "x"}""")
                .expect(400);

        assertThat(reply.errors()).containsOnlyKeys("preferences.theme", "preferences.language",
                "profile_public");
    }

    @Test
    void malformedJsonAfterAValueOfTheWrongTypeIsStillMalformed() {
        Reply reply = json(HttpMethod.PUT, "/api/contents/" + series + "/progress/", "{\"score\": \"abc\", \"favorite\": }")
                .expect(400);

        assertThat(reply.errors()).isNull();
        assertThat(reply.string("detail")).startsWith("Malformed JSON");
    }

    /** A value that cannot be read is one problem, not one more for each field of the record it left unbuilt. */
    @Test
    void aRequiredValueOfTheWrongTypeIsNamedOnce() {
        Reply reply = json(HttpMethod.POST, "/api/progress/", "{\"content\": \"x\", \"score\": true}").expect(400);

        assertThat(reply.errors()).isEqualTo(Map.of(
                "content", List.of("A valid integer is required."),
                "score", List.of("A valid number is required.")));
    }

    private Reply json(HttpMethod method, String uri, String body) {
        return send(method, reader, uri, MediaType.APPLICATION_JSON_VALUE, body.getBytes(StandardCharsets.UTF_8));
    }
}
