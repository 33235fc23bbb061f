package org.readtrack.support;

import java.util.LinkedHashMap;
import java.util.Map;

import org.readtrack.support.ApiTest.Session;
import org.readtrack.support.CatalogApiTest.Reply;

/** Creates catalog data through the API as an administrator; each method answers with the new id. */
public final class CatalogFixtures {

    private final CatalogApiTest test;
    private final Session admin;

    CatalogFixtures(CatalogApiTest test, Session admin) {
        this.test = test;
        this.admin = admin;
    }

    public Session admin() {
        return admin;
    }

    public long category(String name) {
        return test.post(admin, "/api/categories/", Map.of("name", name)).expect(201).id();
    }

    public long content(long categoryId, String title) {
        return content(categoryId, title, Map.of());
    }

    /** A content with more fields ({@code author}, {@code status}, …) than the required ones. */
    public long content(long categoryId, String title, Map<String, Object> fields) {
        Map<String, Object> body = new LinkedHashMap<>(fields);
        body.put("title", title);
        body.put("feature_category", categoryId);
        return test.post(admin, "/api/contents/", body).expect(201).id();
    }

    public long chapter(long contentId, String number) {
        return chapter(contentId, number, "");
    }

    public long chapter(long contentId, String number, String title) {
        return test.post(admin, "/api/chapters/",
                Map.of("content", contentId, "chapter_number", number, "title", title)).expect(201).id();
    }

    public Reply contentReply(long id) {
        return test.get(admin, "/api/contents/{id}/", id).expect(200);
    }
}
