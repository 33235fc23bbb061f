package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.readtrack.support.CatalogApiTest;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

/**
 * With {@code READTRACK_PUBLIC_URL} set, the links an answer carries (a list's {@code next} and {@code previous},
 * the {@code Location} of a new account) start with it, its path included: a {@code Host} header is whatever the
 * client wrote ({@code Host: evil.example} once made links to evil.example).
 */
@TestPropertySource(properties = "readtrack.public.url=HTTPS://Books.example.org:8443/readtrack/")
class PublicUrlLinksTest extends CatalogApiTest {

    private static final String PUBLIC = "https://Books.example.org:8443/readtrack";

    private Session admin;

    @BeforeEach
    void twoCategories() {
        admin = admin("curator");
        fixtures(admin).category("Manga");
        fixtures(admin).category("Novels");
    }

    @Test
    void linksStartWithThePublicUrlWhateverTheHostHeaderSays() {
        for (String host : new String[] {"evil.example", "localhost:" + port}) {
            Reply first = getWithHost(admin, host, "/api/categories?page_size=1&search=N&x=%C3%A9%20").expect(200);
            assertThat(first.string("next")).as(host)
                    .isEqualTo(PUBLIC + "/api/categories/?page_size=1&search=N&x=%C3%A9%20&page=2");

            Reply second = getWithHost(admin, host, "/api/categories/?page_size=1&page=2").expect(200);
            assertThat(second.string("previous")).as(host).isEqualTo(PUBLIC + "/api/categories/?page_size=1");
        }
    }

    @Test
    void linksOfTheUsualClientStartWithItToo() {
        assertThat(get(admin, "/api/categories/?page_size=1").expect(200).string("next"))
                .isEqualTo(PUBLIC + "/api/categories/?page_size=1&page=2");
    }

    @Test
    void theLocationOfANewAccountStartsWithItWhateverTheHostHeaderSays() {
        Reply created = callWithHost(HttpMethod.POST, null, "evil.example", "/api/auth/register/",
                "{\"username\": \"newcomer\", \"email\": \"newcomer@example.org\", \"password\": \"a long passphrase 42\"}")
                .expect(201);
        assertThat(created.headers().getLocation()).hasToString(PUBLIC + "/api/auth/me/");
    }
}
