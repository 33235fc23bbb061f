package org.readtrack.support;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Skips the tests of the PostgreSQL run when no PostgreSQL answers, instead of failing them. */
class RequiresSelectedDatabase implements ExecutionCondition {

    private static Boolean postgresqlAnswers;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!TestDatabase.isPostgresql()) {
            return ConditionEvaluationResult.enabled("runs on SQLite");
        }
        synchronized (RequiresSelectedDatabase.class) {
            if (postgresqlAnswers == null) {
                postgresqlAnswers = TestDatabase.postgresqlAnswers();
            }
        }
        return postgresqlAnswers
                ? ConditionEvaluationResult.enabled("PostgreSQL answers on " + TestDatabase.POSTGRES_SERVER)
                : ConditionEvaluationResult.disabled("no PostgreSQL on " + TestDatabase.POSTGRES_SERVER);
    }
}
