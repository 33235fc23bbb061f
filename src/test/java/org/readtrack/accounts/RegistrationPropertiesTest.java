package org.readtrack.accounts;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** READTRACK_REGISTRATION as start-up binds it: open by default, and a value it does not know stops the start. */
class RegistrationPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(Properties.class);

    @Test
    void registrationIsOpenByDefault() {
        context.run(started -> assertThat(started.getBean(RegistrationProperties.class).mode())
                .isEqualTo(RegistrationMode.OPEN));
    }

    @Test
    void anEmptyValueIsTheDefault() {
        context.withPropertyValues("readtrack.registration.mode= ")
                .run(started -> assertThat(started.getBean(RegistrationProperties.class).mode())
                        .isEqualTo(RegistrationMode.OPEN));
    }

    @Test
    void theThreeModesAreReadInAnyCase() {
        context.withPropertyValues("readtrack.registration.mode= Invite ")
                .run(started -> assertThat(started.getBean(RegistrationProperties.class).mode())
                        .isEqualTo(RegistrationMode.INVITE));
        context.withPropertyValues("readtrack.registration.mode=closed")
                .run(started -> assertThat(started.getBean(RegistrationProperties.class).mode())
                        .isEqualTo(RegistrationMode.CLOSED));
    }

    @Test
    void anyOtherValueStopsTheStartNamingTheAllowedOnes() {
        for (String value : new String[] {"sometimes", "opened", "invitation", "open,invite"}) {
            context.withPropertyValues("readtrack.registration.mode=" + value)
                    .run(started -> assertThat(started).hasFailed().getFailure().rootCause()
                            .hasMessageContaining("READTRACK_REGISTRATION: '" + value + "' is not one of open")
                            .hasMessageContaining("invite").hasMessageContaining("closed"));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(RegistrationProperties.class)
    static class Properties {
    }
}
