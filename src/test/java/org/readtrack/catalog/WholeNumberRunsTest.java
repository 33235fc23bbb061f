package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WholeNumberRunsTest {

    @Test
    void writesRunsOfThreeOrMoreAsARangeAndTheOthersOneByOne() {
        assertThat(WholeNumberRuns.of(List.of("3", "4", "5", "6", "8", "9", "12"))).isEqualTo("3–6, 8, 9, 12");
        assertThat(WholeNumberRuns.of(List.of("1", "2"))).isEqualTo("1, 2");
        assertThat(WholeNumberRuns.of(List.of("120"))).isEqualTo("120");
    }

    @Test
    void endsALongListWithAnEllipsis() {
        List<String> everyOther = IntStream.rangeClosed(1, 40).filter(number -> number % 2 == 0)
                .mapToObj(Integer::toString).toList();

        assertThat(WholeNumberRuns.of(everyOther)).isEqualTo("2, 4, 6, 8, 10, 12, 14, 16, …");
    }
}
