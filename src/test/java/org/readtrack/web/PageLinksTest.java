package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;

/**
 * Without {@code READTRACK_PUBLIC_URL} the address users reach is not known: a list's {@code next} and
 * {@code previous} follow the request's host, as a server on a LAN address or behind a trusted proxy needs.
 */
class PageLinksTest extends CatalogApiTest {

    private Session admin;

    @BeforeEach
    void twoCategories() {
        admin = admin("curator");
        fixtures(admin).category("Manga");
        fixtures(admin).category("Novels");
    }

    @Test
    void linksFollowTheRequestsHost() {
        Reply first = getWithHost(admin, "books.lan:8080", "/api/categories?page_size=1").expect(200);
        assertThat(first.string("next")).isEqualTo("http://books.lan:8080/api/categories/?page_size=1&page=2");

        Reply second = getWithHost(admin, "books.lan:8080", "/api/categories/?page_size=1&page=2").expect(200);
        assertThat(second.string("previous")).isEqualTo("http://books.lan:8080/api/categories/?page_size=1");
    }
}
