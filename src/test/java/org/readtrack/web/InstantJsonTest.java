package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.readtrack.support.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application's own mapper (the one Spring MVC writes responses with) takes the faster instant writer:
 * its text is the same as Jackson's, so only the serializer it picks tells them apart.
 */
class InstantJsonTest extends ApiTest {

    @Autowired
    private JsonMapper json;

    @Test
    void theApplicationWritesInstantsWithItsOwnSerializerAsIsoText() {
        assertThat(json._serializationContext().findValueSerializer(Instant.class))
                .isInstanceOf(IsoInstantSerializer.class);
        assertThat(json.writeValueAsString(Instant.parse("2026-12-03T07:30:00.120Z")))
                .isEqualTo("\"2026-12-03T07:30:00.120Z\"");
    }
}
