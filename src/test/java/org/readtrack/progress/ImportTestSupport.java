package org.readtrack.progress;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;

/** Shortcuts of the import and export tests (issue 20). */
abstract class ImportTestSupport extends CatalogApiTest {

    protected Reply importFile(Session caller, String query, String mediaType, byte[] file) {
        return send(HttpMethod.POST, caller, "/api/progress/import/" + (query.isEmpty() ? "" : "?" + query),
                mediaType, file);
    }

    protected Reply importCsv(Session caller, String query, String csv) {
        return importFile(caller, query, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    /** The caller's entries, oldest first, as the list shows them. */
    @SuppressWarnings("unchecked")
    protected List<Map<String, Object>> entries(Session caller) {
        return get(caller, "/api/progress/?ordering=updated_at&page_size=100").expect(200).results();
    }

    protected Map<String, Object> entryOf(Session caller, long contentId) {
        return get(caller, "/api/contents/{id}/progress/", contentId).expect(200).json();
    }

    @SuppressWarnings("unchecked")
    protected static List<String> messages(Map<String, Object> result) {
        return (List<String>) result.get("messages");
    }
}
