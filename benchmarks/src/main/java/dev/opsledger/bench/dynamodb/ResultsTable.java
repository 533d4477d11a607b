package dev.opsledger.bench.dynamodb;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** The results as a Markdown table, readable on a terminal and pasteable into docs/performance.md. */
final class ResultsTable {

    private static final List<String> HEADER = List.of("figure", "measured", "baseline (same run)", "ratio", "notes");

    private final List<List<String>> rows = new ArrayList<>();

    /** Adds a benchmark's rows and prints them at once, so that a run stopped later still leaves them. */
    void add(List<ResultRow> more) {
        more.forEach(row -> {
            List<String> cells = List.of(row.figure(), row.measured(), row.baseline(), row.ratio(), row.notes());
            rows.add(cells);
            System.out.println("  result: " + String.join(" | ", cells));
        });
    }

    String render() {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : withHeader()) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        }
        StringBuilder table = new StringBuilder();
        table.append(line(HEADER, widths));
        table.append(line(HEADER.stream().map(title -> "-").toList(), widths).replace(' ', '-'));
        rows.forEach(row -> table.append(line(row, widths)));
        return table.toString();
    }

    private List<List<String>> withHeader() {
        List<List<String>> all = new ArrayList<>(rows);
        all.add(HEADER);
        return all;
    }

    private static String line(List<String> cells, int[] widths) {
        List<String> padded = new ArrayList<>();
        for (int column = 0; column < cells.size(); column++) {
            padded.add(String.format("%-" + widths[column] + "s", cells.get(column)));
        }
        return padded.stream().collect(Collectors.joining(" | ", "| ", " |\n"));
    }
}
