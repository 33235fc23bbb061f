package org.readtrack.catalog;

import java.util.ArrayList;
import java.util.List;

/**
 * Whole numbers in ascending order, written the way a reader writes them: runs of three or more as "3–10", the
 * others one by one, "3–10, 12, 15". Past {@link #MOST_RUNS} runs the list ends with "…": a message stays short
 * when a range of a thousand meets every other chapter.
 */
final class WholeNumberRuns {
    static final int MOST_RUNS = 8;

    private WholeNumberRuns() {
    }

    static String of(List<String> numbers) {
        List<String> runs = new ArrayList<>();
        int start = 0;
        for (int index = 1; index <= numbers.size(); index++) {
            boolean runGoesOn = index < numbers.size()
                    && Long.parseLong(numbers.get(index)) == Long.parseLong(numbers.get(index - 1)) + 1;
            if (!runGoesOn) {
                runs.addAll(written(numbers.subList(start, index)));
                start = index;
            }
        }
        if (runs.size() > MOST_RUNS) {
            return String.join(", ", runs.subList(0, MOST_RUNS)) + ", …";
        }
        return String.join(", ", runs);
    }

    private static List<String> written(List<String> run) {
        if (run.size() < 3) {
            return run;
        }
        return List.of(run.get(0) + "–" + run.get(run.size() - 1));
    }
}
