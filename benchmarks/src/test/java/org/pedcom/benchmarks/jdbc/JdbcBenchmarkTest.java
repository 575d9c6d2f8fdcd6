package org.pedcom.benchmarks.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The harness of part 4 end to end at a toy size (a real embedded PostgreSQL, the sweeps in this JVM), so that the
 * build notices when it stops working; the figures themselves mean nothing here.
 */
class JdbcBenchmarkTest {

    @Test
    void importsCopiesAndSweepsTheSameRows() throws Exception {
        Map<String, String> options = new HashMap<>(Map.of("meetings", "2000", "sweep", "120", "small", "40",
                "chunk", "50", "xmx", "256m", "judge", "all", "childJvmArgs", "", "fork", "false", "seed", "1"));
        options.put("explain", "true");
        String markdown = JdbcBenchmark.run(options);

        assertThat(markdown).contains("### Bulk import: 2,000 meetings in", "| adapter / COPY |",
                "| pedcom_meeting | 2,000 |", "### Sweeps", "| 40 | 40 |", "| 120 | 120 |", "| 40+judged | 40 |",
                "| 120+judged | 120 |", "flat memory (120 vs 40 communities)", "| pedcom_attendance |");
    }
}
