package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The check that the HTTP tests apply to problem messages matches them as the web app does. */
class WebAppServerMessagesTest {

    private final WebAppServerMessages messages = WebAppServerMessages.get();

    @Test
    void aKeyWholeOrWithItsPlaceholdersFilled() {
        assertThat(messages.knows("This field is required.")).isTrue();
        assertThat(messages.knows("Ensure this field has no more than 50 characters.")).isTrue();
        assertThat(messages.knows("\"\" is not a valid choice.")).as("an empty value").isTrue();
    }

    @Test
    void aNestedMessageMustBeKnownToo() {
        assertThat(messages.knows("tags: This field may not be blank.")).isTrue();
        assertThat(messages.knows("tags: Something the web app never heard of.")).isFalse();
    }

    @Test
    void messagesOneAfterTheOtherAreEachKnown() {
        assertThat(messages.knows("This field is required. This field may not be blank.")).isTrue();
        assertThat(messages.knows("This field is required. Something else.")).isFalse();
    }

    @Test
    void anUnknownSentenceIsNot() {
        assertThat(messages.knows("Full authentication is required to access this resource")).isFalse();
    }
}
