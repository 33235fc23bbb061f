package org.readtrack.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/** When the PostgreSQL run skips, runs or fails, with the database and the environment made up. */
class RequiresSelectedDatabaseTest {

    private final AtomicInteger probes = new AtomicInteger();

    private ConditionEvaluationResult evaluate(boolean postgresql, boolean answers, Map<String, String> environment) {
        return new RequiresSelectedDatabase(() -> postgresql, () -> {
            probes.incrementAndGet();
            return answers;
        }, environment::get).evaluate();
    }

    @Test
    void theSqliteRunAlwaysRunsAndAsksNoPostgresql() {
        assertThat(evaluate(false, false, Map.of()).isDisabled()).isFalse();
        assertThat(evaluate(false, false, Map.of("CI", "true")).isDisabled()).isFalse();
        assertThat(probes).hasValue(0);
    }

    @Test
    void thePostgresqlRunRunsWhenPostgresqlAnswers() {
        assertThat(evaluate(true, true, Map.of()).isDisabled()).isFalse();
        assertThat(evaluate(true, true, Map.of("CI", "true")).isDisabled()).isFalse();
    }

    @Test
    void withoutCiThePostgresqlRunSkipsWhenNoneAnswers() {
        ConditionEvaluationResult result = evaluate(true, false, Map.of());

        assertThat(result.isDisabled()).isTrue();
        assertThat(result.getReason()).hasValueSatisfying(reason -> assertThat(reason).contains("no PostgreSQL"));
        assertThat(evaluate(true, false, Map.of("CI", "")).isDisabled()).isTrue();
        assertThat(evaluate(true, false, Map.of("CI", "false")).isDisabled()).isTrue();
    }

    @Test
    void onCiThePostgresqlRunFailsWhenNoneAnswers() {
        for (String value : new String[] {"true", "1", "yes"}) {
            assertThatThrownBy(() -> evaluate(true, false, Map.of("CI", value)))
                    .as("CI=%s", value)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("CI is set and no PostgreSQL answers on " + TestDatabase.POSTGRES_SERVER);
        }
    }
}
