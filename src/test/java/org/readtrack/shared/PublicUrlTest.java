package org.readtrack.shared;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** READTRACK_PUBLIC_URL as start-up binds it, and the links made from it. */
class PublicUrlTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void linksStartWithTheDefaultAddress() {
        context.run(started -> assertThat(started.getBean(PublicUrl.class).link("/register", "invitation", "abc"))
                .isEqualTo("http://localhost:8000/register?invitation=abc"));
    }

    /** Only an address given is one that links made within a request may start with (see PageResponse). */
    @Test
    void theDefaultAndABlankValueAreNotConfigured() {
        context.run(started -> assertThat(started.getBean(PublicUrl.class).configured()).isFalse());
        context.withPropertyValues("readtrack.public.url= ").run(started -> {
            assertThat(started.getBean(PublicUrl.class).configured()).isFalse();
            assertThat(started.getBean(PublicUrl.class).url()).isEqualTo("http://localhost:8000");
        });
        context.withPropertyValues("readtrack.public.url=http://localhost:8000")
                .run(started -> assertThat(started.getBean(PublicUrl.class).configured()).isTrue());
    }

    @Test
    void aPathAndATrailingSlashAreKeptOnce() {
        context.withPropertyValues("readtrack.public.url=https://Books.example.org/readtrack/")
                .run(started -> {
                    PublicUrl url = started.getBean(PublicUrl.class);
                    assertThat(url.link("/reset-password", "token", "a-b_c"))
                            .isEqualTo("https://Books.example.org/readtrack/reset-password?token=a-b_c");
                    assertThat(url.host()).isEqualTo("Books.example.org");
                });
    }

    @Test
    void valuesAreEncodedInTheQuery() {
        assertThat(new PublicUrl("http://localhost:8000").link("/page", "q", "a b&c=é"))
                .isEqualTo("http://localhost:8000/page?q=a+b%26c%3D%C3%A9");
    }

    @Test
    void anythingButAnAbsoluteHttpUrlStopsTheStart() {
        for (String url : new String[] {"books.example.org", "/readtrack", "ftp://books.example.org",
                "https://", "https://books.example.org/?a=b", "https://books.example.org/#top", "http://a b",
                "https://user:secret@books.example.org"}) {
            context.withPropertyValues("readtrack.public.url=" + url)
                    .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("READTRACK_PUBLIC_URL: '" + url.strip() + "' is not an absolute"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(PublicUrl.class)
    static class Properties {
    }
}
