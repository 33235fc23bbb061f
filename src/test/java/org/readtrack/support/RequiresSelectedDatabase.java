package org.readtrack.support;

import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests of the PostgreSQL run when no PostgreSQL answers, instead of failing them, on a developer's
 * machine. When the {@code CI} environment variable is set, no answer fails the run instead: a build that
 * silently tested only SQLite would look green.
 */
class RequiresSelectedDatabase implements ExecutionCondition {

    /** Asked once for the whole run, when the PostgreSQL run first needs to know. */
    private static final class Probe {
        static final boolean ANSWERS = TestDatabase.postgresqlAnswers();
    }

    private final BooleanSupplier postgresqlSelected;
    private final BooleanSupplier postgresqlAnswers;
    private final UnaryOperator<String> environment;

    RequiresSelectedDatabase() {
        this(TestDatabase::isPostgresql, () -> Probe.ANSWERS, System::getenv);
    }

    RequiresSelectedDatabase(BooleanSupplier postgresqlSelected, BooleanSupplier postgresqlAnswers,
            UnaryOperator<String> environment) {
        this.postgresqlSelected = postgresqlSelected;
        this.postgresqlAnswers = postgresqlAnswers;
        this.environment = environment;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return evaluate();
    }

    ConditionEvaluationResult evaluate() {
        if (!postgresqlSelected.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("runs on SQLite");
        }
        if (postgresqlAnswers.getAsBoolean()) {
            return ConditionEvaluationResult.enabled("PostgreSQL answers on " + TestDatabase.POSTGRES_SERVER);
        }
        if (onCi()) {
            throw new IllegalStateException("CI is set and no PostgreSQL answers on " + TestDatabase.POSTGRES_SERVER
                    + " (user postgres, no password): the PostgreSQL run must not be skipped on CI."
                    + " Start PostgreSQL, or unset CI to skip it locally.");
        }
        return ConditionEvaluationResult.disabled("no PostgreSQL on " + TestDatabase.POSTGRES_SERVER
                + " (with CI set, this fails the run)");
    }

    /** {@code CI} set to anything but empty or {@code false}, as CI services set it ({@code true}, {@code 1}). */
    private boolean onCi() {
        String value = environment.apply("CI");
        return value != null && !value.isBlank() && !"false".equalsIgnoreCase(value.strip());
    }
}
