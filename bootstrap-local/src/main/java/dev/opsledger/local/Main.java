package dev.opsledger.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The local runner's command line. {@link #run} does the work and returns the exit code, so tests call it
 * in-process with their own streams; {@link #main} only hands that code to the operating system.
 */
public final class Main {

    static final int OK = 0;
    static final int INVARIANT_BROKEN = 1;
    static final int USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;

    public Main(PrintStream out, PrintStream err) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    public int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        try {
            if (arguments.isEmpty()) {
                out.print(Usage.text());
                return OK;
            }
            return switch (arguments.getFirst()) {
                case "simulate" -> new SimulateCommand(out).run(arguments.subList(1, arguments.size()));
                case "help", "--help", "-h" -> {
                    out.print(Usage.text());
                    yield OK;
                }
                default -> throw new UsageError("unknown command '" + arguments.getFirst() + "'");
            };
        } catch (UsageError error) {
            err.println("opsledger: " + error.getMessage());
            err.println("Run './opsledger --help' to see the commands, flags and scenarios.");
            return USAGE;
        }
    }
}
