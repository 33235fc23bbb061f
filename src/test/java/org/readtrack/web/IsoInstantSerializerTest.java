package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The faster instant writer must write every instant exactly as Jackson's own did. */
class IsoInstantSerializerTest {

    private static final JsonMapper JACKSON = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS).build();
    private static final JsonMapper OURS = JsonMapper.builder()
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .addModule(new SimpleModule().addSerializer(Instant.class, new IsoInstantSerializer())).build();

    @Test
    void writesTheFractionInGroupsOfThreeDigitsAndOnlyWhenThereIsOne() {
        assertThat(OURS.writeValueAsString(Instant.parse("2026-12-03T02:08:18Z"))).isEqualTo("\"2026-12-03T02:08:18Z\"");
        assertThat(OURS.writeValueAsString(Instant.parse("2026-12-03T02:08:18.700Z")))
                .isEqualTo("\"2026-12-03T02:08:18.700Z\"");
        assertThat(OURS.writeValueAsString(Instant.parse("2026-01-03T02:08:18.000050Z")))
                .isEqualTo("\"2026-01-03T02:08:18.000050Z\"");
        assertThat(OURS.writeValueAsString(Instant.parse("0999-01-03T02:08:18.000000001Z")))
                .isEqualTo("\"0999-01-03T02:08:18.000000001Z\"");
    }

    @Test
    void writesEveryInstantAsJacksonDoes() {
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
                Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("-0001-12-31T23:59:59Z"),
                Instant.ofEpochSecond(-1, 1)));
        Random random = new Random(18);
        for (int i = 0; i < 20_000; i++) {
            long second = random.nextLong(-62_167_219_200L, 4_102_444_800L); // years 0 to 2100
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            instants.add(Instant.ofEpochSecond(second, nanos));
        }
        for (Instant instant : instants) {
            assertThat(OURS.writeValueAsString(instant)).as("%s", instant).isEqualTo(JACKSON.writeValueAsString(instant));
            assertThat(IsoInstantSerializer.format(instant)).isEqualTo(DateTimeFormatter.ISO_INSTANT.format(instant));
        }
    }
}
