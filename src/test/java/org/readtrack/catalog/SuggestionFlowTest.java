package org.readtrack.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

/**
 * A reader suggests a series: its content exists at once for its proposer, who tracks it, and for nobody else
 * (lists, search, detail, chapters, feed, import, statistics) until a moderator approves it.
 */
class SuggestionFlowTest extends SuggestionTestSupport {

    @Test
    void aSuggestionIsTheProposersAtOnceAndEveryonesOnceApproved() {
        long onePiece = catalog.content(manga, "One Piece");
        Reply created = post(proposer, "/api/suggestions/", body("title", "Kagurabachi", "feature_category", manga,
                "author", "Takeru Hokazono", "alt_titles", List.of("Kagura Bachi"), "release_days", List.of("sun")))
                .expect(201);
        assertThat(created.json()).containsKeys("id", "status", "content", "suggested_by", "reason", "created_at")
                .containsEntry("status", "pending").containsEntry("reason", "")
                .containsEntry("suggested_by", (int) proposer.id()).containsEntry("suggested_by_username", "proposer")
                .containsEntry("title", "Kagurabachi").containsEntry("reviewed_at", null);
        long content = created.number("content");
        assertThat(created.object("content_detail")).containsEntry("id", (int) content)
                .containsEntry("author", "Takeru Hokazono").containsEntry("release_days", List.of("sun"));
        catalog.chapter(content, "1"); // moderators see it, and may prepare it while it waits

        // the proposer tracks it and sees it everywhere
        put(proposer, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expect(201);
        Map<String, Object> detail = get(proposer, "/api/contents/{id}/", content).expect(200).json();
        assertThat(detail).containsEntry("title", "Kagurabachi");
        assertThat(map(detail.get("suggestion"))).containsEntry("id", (int) created.id())
                .containsEntry("status", "pending").containsEntry("suggested_by", (int) proposer.id());
        assertThat(listed(proposer, "")).containsExactly((int) content, (int) onePiece);
        assertThat(listed(proposer, "&search=bachi")).containsExactly((int) content);
        assertThat(get(proposer, "/api/chapters/?content={id}", content).expect(200).results()).hasSize(1);
        assertThat(get(proposer, "/api/feed/").expect(200).results()).hasSize(1);

        // anyone else: nothing at all
        assertThat(listed(other, "")).containsExactly((int) onePiece);
        assertThat(listed(other, "&search=bachi")).isEmpty();
        assertThat(listed(other, "&feature_category=" + manga)).containsExactly((int) onePiece);
        get(other, "/api/contents/{id}/", content).expectProblem(404);
        get(other, "/api/chapters/?content={id}", content).expectInvalid("content");
        assertThat(get(other, "/api/chapters/").expect(200).results()).isEmpty();
        long chapter = jdbc.queryForObject("SELECT id FROM chapters WHERE content_id = ?", Long.class, content);
        get(other, "/api/chapters/{id}/", chapter).expectProblem(404);
        put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expectProblem(404);
        post(other, "/api/progress/", Map.of("content", content)).expectInvalid("content");
        Reply imported = importCsv(other, "title\nKagurabachi\n");
        assertThat(imported.results().get(0)).containsEntry("outcome", "unmatched");
        // an entry that outlived its reader's sight of the content (a demoted moderator's) shows no chapter
        jdbc.update("INSERT INTO progress (user_id, content_id, last_chapter, last_chapter_key, notes, status, score,"
                + " rereading, reread_count, favorite, reading_url, tags, version, created_at, updated_at)"
                + " SELECT ?, content_id, '', '', '', 'reading', NULL, FALSE, 0, FALSE, '', '[]', 0, created_at,"
                + " updated_at FROM progress WHERE content_id = ?", other.id(), content);
        assertThat(get(other, "/api/feed/").expect(200).results()).isEmpty();
        Map<String, Object> stats = get(admin, "/api/stats/").expect(200).json();
        assertThat(map(stats.get("catalog"))).containsEntry("contents", 1).containsEntry("chapters", 0);
        assertThat((List<?>) map(stats.get("tracking")).get("most_tracked")).isEmpty();

        // moderators see it while it is pending, as one to review
        assertThat(listed(moderator, "")).contains((int) content);
        assertThat(get(moderator, "/api/contents/{id}/", content).expect(200).object("suggestion"))
                .containsEntry("status", "pending");
        assertThat(get(moderator, "/api/suggestions/?status=pending").expect(200).results("id"))
                .containsExactly((int) created.id());

        Reply approved = post(moderator, "/api/suggestions/{id}/approve/", null, created.id()).expect(200);
        assertThat(approved.json()).containsEntry("status", "approved").containsEntry("content", (int) content);
        assertThat(approved.get("reviewed_at")).isNotNull();

        assertThat(get(other, "/api/contents/{id}/", content).expect(200).json()).containsEntry("suggestion", null);
        assertThat(listed(other, "&search=bachi")).containsExactly((int) content);
        assertThat(get(other, "/api/chapters/?content={id}", content).expect(200).results()).hasSize(1);
        assertThat(get(other, "/api/feed/").expect(200).results()).hasSize(1);
        put(other, "/api/contents/{id}/progress/", Map.of("last_chapter", "1"), content).expect(200);
        assertThat(importCsv(other, "title\nKagura Bachi\n").results().get(0)).containsEntry("outcome", "unchanged")
                .containsEntry("content", (int) content);
        assertThat(map(get(admin, "/api/stats/").expect(200).json().get("catalog")))
                .containsEntry("contents", 2).containsEntry("chapters", 1);
        // the proposer's entry went through untouched
        assertThat(get(proposer, "/api/contents/{id}/progress/", content).expect(200).json())
                .containsEntry("last_chapter", "1");
    }

    @Test
    void approvingMayEditTheContentAsAPatchWould() {
        Reply suggestion = suggest(proposer, "Kagurabachi (manga)");
        long content = suggestion.number("content");

        post(moderator, "/api/suggestions/{id}/approve/", Map.of("title", " "), suggestion.id()).expectInvalid("title");
        post(moderator, "/api/suggestions/{id}/approve/", Map.of("feature_category", 9999), suggestion.id())
                .expectInvalid("feature_category");
        get(other, "/api/contents/{id}/", content).expectProblem(404); // nothing changed

        Reply approved = post(moderator, "/api/suggestions/{id}/approve/",
                Map.of("title", "Kagurabachi", "author", "Takeru Hokazono"), suggestion.id()).expect(200);
        assertThat(approved.object("content_detail")).containsEntry("title", "Kagurabachi")
                .containsEntry("author", "Takeru Hokazono");
        assertThat(approved.json()).containsEntry("title", "Kagurabachi (manga)");
        assertThat(get(other, "/api/contents/?search=hokazono").expect(200).results("id")).containsExactly((int) content);
    }

    @Test
    void anApprovalWhoseTitleIsTakenMeanwhileNamesThePublicContent() {
        Reply suggestion = suggest(proposer, "Dandadan");
        long existing = catalog.content(manga, "Dandadan");

        Reply conflict = post(moderator, "/api/suggestions/{id}/approve/", null, suggestion.id()).expectConflictOn("title");
        assertThat(conflict.number("existing")).isEqualTo(existing);
        assertThat(get(moderator, "/api/suggestions/?status=pending").expect(200).results("id"))
                .containsExactly((int) suggestion.id());
    }

    @Test
    void aPrivateContentNeitherBlocksNorRevealsAPublicTitle() {
        Reply suggestion = suggest(proposer, "Sakamoto Days");
        post(moderator, "/api/suggestions/{id}/reject/", Map.of("reason", "Duplicate"), suggestion.id()).expect(200);

        long created = catalog.content(manga, "Sakamoto Days");
        assertThat(created).isNotEqualTo(suggestion.number("content"));
        assertThat(listed(other, "&search=sakamoto")).containsExactly((int) created);
    }

    private Reply importCsv(Session caller, String csv) {
        return send(HttpMethod.POST, caller, "/api/progress/import/", "text/csv", csv.getBytes(StandardCharsets.UTF_8))
                .expect(200);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }
}
