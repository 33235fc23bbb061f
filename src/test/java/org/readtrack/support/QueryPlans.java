package org.readtrack.support;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/** The database's plan for a statement the application ran, one line per step, to assert which indexes it uses. */
public final class QueryPlans {

    private QueryPlans() {
    }

    /**
     * @param disabled PostgreSQL planner methods turned off for this plan (such as {@code enable_seqscan}): on a
     *                 small test table its cost model would otherwise prefer a scan that a real table would not
     */
    public static String explain(JdbcTemplate jdbc, SqlStatementCounter.Statement statement, String... disabled) {
        boolean postgresql = TestDatabase.isPostgresql();
        return jdbc.execute((ConnectionCallback<String>) connection -> {
            try (Statement settings = connection.createStatement()) {
                if (postgresql) {
                    for (String method : disabled) {
                        settings.execute("SET " + method + " = off");
                    }
                }
                try (PreparedStatement explain = connection.prepareStatement(
                        (postgresql ? "EXPLAIN " : "EXPLAIN QUERY PLAN ") + statement.sql())) {
                    for (int i = 0; i < statement.parameters().size(); i++) {
                        explain.setObject(i + 1, statement.parameters().get(i));
                    }
                    List<String> lines = new ArrayList<>();
                    try (ResultSet plan = explain.executeQuery()) {
                        while (plan.next()) {
                            lines.add(plan.getString(postgresql ? 1 : 4));
                        }
                    }
                    return String.join("\n", lines);
                } finally {
                    if (postgresql) {
                        for (String method : disabled) {
                            settings.execute("RESET " + method);
                        }
                    }
                }
            }
        });
    }
}
