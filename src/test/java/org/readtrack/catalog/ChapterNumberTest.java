package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The sort key orders chapter numbers naturally by plain text comparison, as the database compares it. */
class ChapterNumberTest {

    private static List<String> sorted(String... numbers) {
        // String.compareTo is code-point order for these ASCII keys, like SQLite BINARY and PostgreSQL "C"
        return Stream.of(numbers).sorted(Comparator.comparing(ChapterNumber::sortKey)).toList();
    }

    @Test
    void integersSortByValueNotByText() {
        assertThat(sorted("10", "2", "1", "100", "11", "9")).containsExactly("1", "2", "9", "10", "11", "100");
    }

    @Test
    void decimalsSortBetweenTheirNeighbours() {
        assertThat(sorted("11", "10.5", "10", "2")).containsExactly("2", "10", "10.5", "11");
        assertThat(sorted("10.5", "10.25", "10.05", "10.1")).containsExactly("10.05", "10.1", "10.25", "10.5");
    }

    @Test
    void wordsComeAfterEveryNumber() {
        assertThat(sorted("Extra", "999999", "Prologue", "3", "0"))
                .containsExactly("0", "3", "999999", "Extra", "Prologue");
    }

    @Test
    void aNumberFollowedByMoreComesRightAfterThatNumber() {
        assertThat(sorted("10", "2a", "3", "1-2", "2", "2.5", "12 part 2", "12", "1e1", "2b", "Extra"))
                .containsExactly("1-2", "1e1", "2", "2.5", "2a", "2b", "3", "10", "12", "12 part 2", "Extra");
        assertThat(ChapterNumber.sortKey("02a")).isEqualTo(ChapterNumber.sortKey("2a"));
        // more digits than a number holds stay text, not a number and a suffix
        assertThat(ChapterNumber.sortKey("12345678901234567890")).startsWith("1");
    }

    @Test
    void leadingZerosAndTrailingFractionZerosDoNotChangeTheValue() {
        assertThat(ChapterNumber.sortKey("007")).isEqualTo(ChapterNumber.sortKey("7"));
        assertThat(ChapterNumber.sortKey("7.50")).isEqualTo(ChapterNumber.sortKey("7.5"));
        assertThat(ChapterNumber.sortKey("7.0")).isEqualTo(ChapterNumber.sortKey("7"));
        assertThat(ChapterNumber.sortKey("0")).isEqualTo(ChapterNumber.sortKey("000"));
    }

    @Test
    void theLargestNineteenDigitNumbersStillSortAsNumbers() {
        assertThat(sorted("9999999999999999999", "1000000000000000000", "2", "Extra"))
                .containsExactly("2", "1000000000000000000", "9999999999999999999", "Extra");
    }

    @Test
    void lettersAreComparedWhateverTheirCase() {
        assertThat(ChapterNumber.sortKey("extra")).isEqualTo(ChapterNumber.sortKey("Extra"));
        assertThat(ChapterNumber.sortKey("2A")).isEqualTo(ChapterNumber.sortKey("2a"));
        assertThat(sorted("Omake", "bonus", "Extra")).containsExactly("bonus", "Extra", "Omake");
    }

    @Test
    void surroundingSpacesDoNotMakeANumberText() {
        assertThat(ChapterNumber.sortKey(" 12 ")).isEqualTo(ChapterNumber.sortKey("12"));
    }
}
