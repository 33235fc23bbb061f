package org.readtrack.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** READTRACK_TRUSTED_PROXIES as start-up binds it: a mistake stops the start, with the entry named. */
class ProxyPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void addressesAndRangesOfBothFamiliesAreAccepted() {
        context.withPropertyValues("readtrack.proxies.trusted= 172.17.0.1, 10.0.0.0/8 ,fd00::/8,::1,")
                .run(started -> assertThat(started.getBean(ProxyProperties.class).trusted())
                        .containsExactly("172.17.0.1", "10.0.0.0/8", "fd00::/8", "::1"));
    }

    @Test
    void nothingIsTrustedByDefault() {
        context.run(started -> assertThat(started.getBean(ProxyProperties.class).trusted()).isEmpty());
    }

    @Test
    void anEntryThatIsNoAddressOrRangeStopsTheStart() {
        for (String entry : new String[] {"proxy.internal", "10.0.0.0/33", "fd00::/129", "10.0.0.0/", "300.1.1.1",
                "10.0.0/8", "10.0.0.0/-1", "10.0.0.0/8x"}) {
            context.withPropertyValues("readtrack.proxies.trusted=127.0.0.1," + entry)
                    .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("READTRACK_TRUSTED_PROXIES: '" + entry + "' is not an IP address"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ProxyProperties.class)
    static class Properties {
    }
}
