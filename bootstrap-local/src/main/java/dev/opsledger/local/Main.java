package dev.opsledger.local;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The local runner's command line. {@link #run} does the work and returns the exit code, so tests call it
 * in-process with their own streams; {@link #main} only hands that code to the operating system.
 */
public final class Main {

    static final int OK = 0;
    static final int INVARIANT_BROKEN = 1;
    static final int USAGE = 2;
    static final int SERVER_FAILED = 3;
    static final int UNSETTLED = 4;
    static final int REFUSED = 5;

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    public Main(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = Objects.requireNonNull(out, "out");
        this.err = Objects.requireNonNull(err, "err");
        this.env = Map.copyOf(env);
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err, System.getenv()).run(args));
    }

    public int run(String... args) {
        List<String> arguments = Arrays.asList(args);
        try {
            if (arguments.isEmpty()) {
                out.print(Usage.text());
                return OK;
            }
            return switch (arguments.getFirst()) {
                case "serve" -> new ServeCommand(out, err, env).run(arguments.subList(1, arguments.size()));
                case "simulate" -> new SimulateCommand(out, err, env).run(arguments.subList(1, arguments.size()));
                case "rebuild-read-models" ->
                        new RebuildReadModelsCommand(out, err, env).run(arguments.subList(1, arguments.size()));
                case "clear-divergence" ->
                        new ClearDivergenceCommand(out, err, env).run(arguments.subList(1, arguments.size()));
                case "help", "--help", "-h" -> {
                    out.print(Usage.text());
                    yield OK;
                }
                default -> throw new UsageError("unknown command '" + arguments.getFirst() + "'");
            };
        } catch (UsageError error) {
            err.println("opsledger: " + error.getMessage() + " (see ./opsledger --help)");
            return USAGE;
        } catch (LocalServerFailed failure) {
            err.println("opsledger: " + failure.getMessage());
            return SERVER_FAILED;
        } catch (DynamoDbFailed failure) {
            err.println("opsledger: " + failure.getMessage());
            return SERVER_FAILED;
        }
    }
}
