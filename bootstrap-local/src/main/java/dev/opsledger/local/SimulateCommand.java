package dev.opsledger.local;

import dev.opsledger.simulation.ImmutableScenario;
import dev.opsledger.simulation.Scenario;
import dev.opsledger.simulation.Scenarios;
import dev.opsledger.simulation.SimulationReport;
import dev.opsledger.simulation.Simulator;
import java.io.PrintStream;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * {@code simulate}: runs a named scenario with any knob overridden and prints the report as a table or as
 * JSON. Exits 1 when the run broke a safety invariant (a lost event, a write accepted by a fenced region,
 * streams left divergent), so scripts and CI can gate on it; 4 when it kept those it could check but did
 * not settle, so one of them (divergence) could not be checked: not a pass either. A run that merely
 * misses the RPO or RTO target exits 0: reporting that is what the simulator is for.
 *
 * <p>With a DynamoDB endpoint ({@code --dynamodb-endpoint}, or {@value EndpointSetting#VARIABLE}) both
 * regions' tables are new tables on that server, written through the real DynamoDB event store; the
 * scenario, its outages and its virtual clock are the same, and so is the report.
 */
final class SimulateCommand {

    /** A run in memory shorter than this prints nothing but its report. */
    private static final Duration QUIET_FOR = Duration.ofSeconds(3);

    private record KnobValue(ScenarioFlags.Knob knob, String value) {
    }

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    SimulateCommand(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = out;
        this.err = err;
        this.env = env;
    }

    int run(List<String> args) {
        Arguments arguments = new Arguments(args);
        String scenarioName = "default";
        boolean json = false;
        Optional<EndpointSetting> dynamoDb = EndpointSetting.fromEnvironment(env);
        List<KnobValue> overrides = new ArrayList<>();
        while (arguments.hasNext()) {
            Arguments.Flag flag = arguments.nextFlag();
            switch (flag.name()) {
                case "--help", "-h" -> {
                    out.print(Usage.text());
                    return Main.OK;
                }
                case "--json" -> {
                    arguments.noValue(flag);
                    json = true;
                }
                case "--scenario" -> scenarioName = arguments.valueOf(flag);
                case "--dynamodb-endpoint" ->
                        dynamoDb = Optional.of(new EndpointSetting(flag.name(), arguments.valueOf(flag)));
                default -> {
                    ScenarioFlags.Knob knob = ScenarioFlags.knob(flag.name())
                            .orElseThrow(() -> new UsageError("unknown flag '" + flag.name() + "' for simulate"));
                    overrides.add(new KnobValue(knob, arguments.valueOf(flag)));
                }
            }
        }
        Optional<URI> dynamoDbEndpoint = dynamoDb.map(EndpointSetting::endpoint);
        Scenario scenario = scenario(scenarioName, overrides);
        SimulationReport report = dynamoDbEndpoint
                .map(endpoint -> DynamoDbSimulation.run(endpoint, scenario, err,
                        new ProgressLine(err, scenario, Duration.ZERO, System::nanoTime)))
                .orElseGet(() -> new Simulator().run(scenario,
                        new ProgressLine(err, scenario, QUIET_FOR, System::nanoTime)));
        out.print(json ? ReportJson.write(report) : ReportTable.render(report));
        return exitCode(report);
    }

    /** A broken invariant outweighs an unsettled end: what was seen broken stays broken. */
    static int exitCode(SimulationReport report) {
        if (!safe(report)) {
            return Main.INVARIANT_BROKEN;
        }
        return report.settled() && report.divergentStreams() != null ? Main.OK : Main.UNSETTLED;
    }

    private static Scenario scenario(String name, List<KnobValue> overrides) {
        Scenario named;
        try {
            named = Scenarios.named(name);
        } catch (NoSuchElementException unknown) {
            throw new UsageError(unknown.getMessage());
        }
        ImmutableScenario.Builder builder = ImmutableScenario.builder().from(named);
        overrides.forEach(override -> override.knob().apply().accept(builder, override.value()));
        Scenario scenario;
        try {
            scenario = builder.build();
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            throw new UsageError("the scenario is not valid: " + invalid.getMessage());
        }
        ScenarioFlags.checkCombination(scenario);
        return scenario;
    }

    private static boolean safe(SimulationReport report) {
        return report.eventsLost() == 0
                && report.writesAcceptedByFencedRegion() == 0
                && (report.divergentStreams() == null || report.divergentStreams() == 0);
    }
}
