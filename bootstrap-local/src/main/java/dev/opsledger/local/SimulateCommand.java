package dev.opsledger.local;

import dev.opsledger.inmemory.simulation.ImmutableScenario;
import dev.opsledger.inmemory.simulation.Scenario;
import dev.opsledger.inmemory.simulation.Scenarios;
import dev.opsledger.inmemory.simulation.SimulationReport;
import dev.opsledger.inmemory.simulation.Simulator;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * {@code simulate}: runs a named scenario with any knob overridden and prints the report as a table or as
 * JSON. Exits 1 when the run broke a safety invariant (a lost event, a write accepted by a fenced region,
 * streams left divergent), so scripts and CI can gate on it; a run that merely misses the RPO or RTO
 * target exits 0: reporting that is what the simulator is for.
 *
 * <p>With a DynamoDB endpoint ({@code --dynamodb-endpoint}, or {@value EndpointSetting#VARIABLE}) both
 * regions' tables are new tables on that server, written through the real DynamoDB event store; the
 * scenario, its outages and its virtual clock are the same, and so is the report.
 */
final class SimulateCommand {

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
        SimulationReport report = dynamoDbEndpoint.map(endpoint -> DynamoDbSimulation.run(endpoint, scenario, err))
                .orElseGet(() -> new Simulator().run(scenario));
        out.print(json ? ReportJson.write(report) : ReportTable.render(report));
        return safe(report) ? Main.OK : Main.INVARIANT_BROKEN;
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
        try {
            return builder.build();
        } catch (IllegalArgumentException | IllegalStateException invalid) {
            throw new UsageError("the scenario is not valid: " + invalid.getMessage());
        }
    }

    private static boolean safe(SimulationReport report) {
        return report.eventsLost() == 0
                && report.writesAcceptedByFencedRegion() == 0
                && (report.divergentStreams() == null || report.divergentStreams() == 0);
    }
}
