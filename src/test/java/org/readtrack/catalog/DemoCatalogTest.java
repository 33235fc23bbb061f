package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.readtrack.cli.Command;
import org.readtrack.cli.CommandLine;
import org.readtrack.support.CatalogApiTest;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code load-demo-data} fills an empty catalog, and only an empty one. */
class DemoCatalogTest extends CatalogApiTest {

    @Autowired
    private List<Command<?>> commands;

    private final StringWriter out = new StringWriter();

    private int execute(String... args) {
        return CommandLine.execute(commands, args, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    @Test
    void fillsAnEmptyCatalogThatTheApiThenShows() {
        assertThat(execute("load-demo-data")).isZero();

        Matcher totals = Pattern.compile("Loaded (\\d+) categories, (\\d+) contents and (\\d+) chapters\\.\\s*")
                .matcher(out.toString());
        assertThat(totals.matches()).as(out.toString()).isTrue();
        assertThat(count("categories")).isEqualTo(4).isEqualTo(Long.parseLong(totals.group(1)));
        assertThat(count("contents")).isEqualTo(Long.parseLong(totals.group(2)));
        assertThat(count("chapters")).isEqualTo(Long.parseLong(totals.group(3)));

        Session reader = user("reader");
        Reply found = get(reader, "/api/contents/?search={q}", "one piece").expect(200);
        assertThat(found.results()).hasSize(1);
        assertThat(found.results().get(0)).containsEntry("chapter_count", 60).containsEntry("rating", 9.4);
        long onePiece = ((Number) found.results().get(0).get("id")).longValue();
        Reply last = get(reader, "/api/chapters/?content={id}&page=3&page_size=20", onePiece).expect(200);
        assertThat(last.results().get(19)).containsEntry("chapter_number", "60").containsEntry("title", "Chapter 60");
    }

    @Test
    void leavesACatalogThatHasDataAlone() {
        fixtures(admin("curator")).category("Mine");

        assertThat(execute("load-demo-data")).isEqualTo(1);

        assertThat(out.toString()).contains("not empty");
        assertThat(count("categories")).isEqualTo(1);
        assertThat(count("contents")).isZero();
    }
}
