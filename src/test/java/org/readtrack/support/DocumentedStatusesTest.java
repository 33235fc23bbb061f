package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check every HTTP test ends with finds an undocumented status, on the operation the request was for. */
class DocumentedStatusesTest {

    private final DocumentedStatuses statuses = new DocumentedStatuses();

    @Test
    void aStatusTheOperationDoesNotListIsKeptWithTheOperationsPath() {
        statuses.check("GET", "/api/progress/12/", 418);
        statuses.check("POST", "/api/progress/import/", 201);

        assertThat(statuses.seen()).containsExactly("GET /api/progress/{id} → 418", "POST /api/progress/import → 201");
    }

    @Test
    void documentedStatusesPathsInWordsAndRequestsToNoOperationPass() {
        statuses.check("GET", "/api/progress/12/", 404);
        // a path in words is its own operation, not an entry of that name
        statuses.check("GET", "/api/progress/history/", 200);
        statuses.check("GET", "/api/nowhere/", 404);
        statuses.check("PATCH", "/api/progress/import/", 405);
        statuses.check("GET", "/api/auth/me/", 406);

        assertThat(statuses.seen()).isEmpty();
    }
}
