package dev.httpstatus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The advisor against the situation table in {@code advisor/situations.tsv} (written before any
 * tuning, see {@code advisor/README.md}): at least 90 % of rows must rank the expected code first
 * (strict top-1) and every row must have it among the first three (top-3). The lenient reading of
 * the table's notes (the expected code or another acceptable one in the top three) is reported too.
 */
class AdvisorSituationsTest {

    record Row(int line, String situation, Optional<Method> method, int best, List<Integer> acceptable, String source) {}

    static List<Row> rows() throws IOException {
        List<Row> rows = new ArrayList<>();
        try (InputStream in = AdvisorSituationsTest.class.getResourceAsStream("/advisor/situations.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = r.readLine();
            assertThat(header).startsWith("situation\tmethod\tbest\tacceptable_top3");
            String line;
            int n = 1;
            while ((line = r.readLine()) != null) {
                n++;
                String[] f = line.split("\t", -1);
                assertThat(f).as("line %d", n).hasSize(6);
                Optional<Method> method = f[1].isEmpty() || f[1].equals("-") ? Optional.empty() : Optional.of(Method.of(f[1]));
                List<Integer> acceptable = new ArrayList<>();
                for (String a : f[3].split(",")) {
                    acceptable.add(Integer.parseInt(a.trim()));
                }
                rows.add(new Row(n, f[0], method, Integer.parseInt(f[2]), List.copyOf(acceptable), f[4]));
            }
        }
        return rows;
    }

    @Test
    void theTableIsAnsweredWellEnough() throws IOException {
        List<Row> rows = rows();
        assertThat(rows).hasSize(146);
        int top1 = 0;
        int top3 = 0;
        int lenient = 0;
        StringBuilder misses = new StringBuilder();
        for (Row row : rows) {
            List<Advice> advice = Advisor.advise(row.situation(), row.method());
            List<Integer> codes = new ArrayList<>();
            for (int i = 0; i < Math.min(3, advice.size()); i++) {
                codes.add(advice.get(i).code().code());
            }
            boolean first = !codes.isEmpty() && codes.get(0) == row.best();
            boolean three = codes.contains(row.best());
            boolean ok = three || row.acceptable().stream().anyMatch(codes::contains);
            top1 += first ? 1 : 0;
            top3 += three ? 1 : 0;
            lenient += ok ? 1 : 0;
            if (!first) {
                misses.append(String.format("line %3d %-6s want %d%s got %s  %s%n", row.line(),
                        row.method().map(Method::token).orElse("-"), row.best(), three ? " (top 3)" : ok ? " (lenient)" : " MISS",
                        codes, row.situation()));
            }
        }
        String report = String.format("advisor situations: top-1 %d/%d (%.1f %%), top-3 %d/%d (%.1f %%), lenient top-3 %d/%d (%.1f %%)%n%s",
                top1, rows.size(), 100.0 * top1 / rows.size(), top3, rows.size(), 100.0 * top3 / rows.size(),
                lenient, rows.size(), 100.0 * lenient / rows.size(), misses);
        System.out.println(report);
        assertThat(top1).as(report).isGreaterThanOrEqualTo((int) Math.ceil(rows.size() * 0.9));
        assertThat(top3).as(report).isEqualTo(rows.size());
    }

    @Test
    void ourOwnSecondPhrasingIsAnsweredToo() throws IOException {
        int rows = 0;
        int top1 = 0;
        int top3 = 0;
        StringBuilder misses = new StringBuilder();
        try (InputStream in = AdvisorSituationsTest.class.getResourceAsStream("/advisor/own-phrasings.tsv");
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).isEqualTo("situation\tmethod\tbest\tset");
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                Optional<Method> method = f[1].isEmpty() ? Optional.empty() : Optional.of(Method.of(f[1]));
                int best = Integer.parseInt(f[2]);
                List<Advice> advice = Advisor.advise(f[0], method);
                List<Integer> codes = advice.stream().limit(3).map(a -> a.code().code()).toList();
                rows++;
                top1 += !codes.isEmpty() && codes.get(0) == best ? 1 : 0;
                top3 += codes.contains(best) ? 1 : 0;
                if (codes.isEmpty() || codes.get(0) != best) {
                    misses.append(String.format("want %d got %s  %s%n", best, codes, f[0]));
                }
            }
        }
        String report = String.format("own phrasings: top-1 %d/%d, top-3 %d/%d%n%s", top1, rows, top3, rows, misses);
        System.out.println(report);
        assertThat(rows).isEqualTo(70);
        assertThat(top1).as(report).isGreaterThanOrEqualTo((int) Math.ceil(rows * 0.85));
        assertThat(top3).as(report).isGreaterThanOrEqualTo((int) Math.ceil(rows * 0.95));
    }

    /** Top-1 and top-3 counts of a held-out table, per part: rows alternate between {@code parts} parts. */
    record Scores(int[] rows, int[] top1, int[] top3, String misses) {}

    static Scores score(String resource, int parts) throws IOException {
        int[] rows = new int[parts];
        int[] top1 = new int[parts];
        int[] top3 = new int[parts];
        StringBuilder misses = new StringBuilder();
        try (InputStream in = AdvisorSituationsTest.class.getResourceAsStream(resource);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            assertThat(r.readLine()).startsWith("situation\tmethod\tbest\tacceptable_top3");
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                int part = n++ % parts;
                Optional<Method> method = f[1].isEmpty() ? Optional.empty() : Optional.of(Method.of(f[1]));
                int best = Integer.parseInt(f[2]);
                List<Integer> codes = Advisor.advise(f[0], method).stream().limit(3).map(a -> a.code().code()).toList();
                boolean first = !codes.isEmpty() && codes.get(0) == best;
                rows[part]++;
                top1[part] += first ? 1 : 0;
                top3[part] += codes.contains(best) ? 1 : 0;
                if (!first) {
                    misses.append(String.format("want %d got %s  %s%n", best, codes, f[0]));
                }
            }
        }
        return new Scores(rows, top1, top3, misses.toString());
    }

    /**
     * The second held-out set (advisor/README.md): half A (odd rows) was tuned on first, half B in a
     * second round. The bars are the figures recorded there, so this only catches a regression.
     */
    @Test
    void theSecondHeldOutSetDoesNotRegress() throws IOException {
        Scores s = score("/advisor/heldout-2.tsv", 2);
        String report = String.format("held-out 2: A top-1 %d/%d, top-3 %d/%d; B top-1 %d/%d, top-3 %d/%d%n%s",
                s.top1()[0], s.rows()[0], s.top3()[0], s.rows()[0], s.top1()[1], s.rows()[1], s.top3()[1], s.rows()[1], s.misses());
        System.out.println(report);
        assertThat(s.rows()).containsExactly(35, 35);
        assertThat(s.top1()[0]).as(report).isGreaterThanOrEqualTo(32);
        assertThat(s.top1()[1]).as(report).isGreaterThanOrEqualTo(23);
        assertThat(s.top3()[1]).as(report).isGreaterThanOrEqualTo(30);
    }

    /**
     * Held-out sets 3 to 6 (advisor/README.md), each guarded at its recorded score: set 3 after the
     * round tuned on it, set 4 after the candidate factor chosen with it in view, sets 5 and 6 never
     * tuned on (the figures for unseen questions).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "/advisor/heldout-3.tsv, 45, 53",
        "/advisor/heldout-4.tsv, 21, 33",
        "/advisor/heldout-5.tsv, 26, 37",
        "/advisor/heldout-6.tsv, 19, 30",
    })
    void laterHeldOutSetsDoNotRegress(String resource, int top1Bar, int top3Bar) throws IOException {
        Scores s = score(resource, 1);
        String report = String.format("%s: top-1 %d/%d, top-3 %d/%d%n%s", resource,
                s.top1()[0], s.rows()[0], s.top3()[0], s.rows()[0], s.misses());
        System.out.println(report);
        assertThat(s.rows()).containsExactly(60);
        assertThat(s.top1()[0]).as(report).isGreaterThanOrEqualTo(top1Bar);
        assertThat(s.top3()[0]).as(report).isGreaterThanOrEqualTo(top3Bar);
    }
}
