package dev.opsledger.local;

import dev.opsledger.aws.wiring.AwsClients;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.inmemory.simulation.Scenario;
import dev.opsledger.inmemory.simulation.SimulationReport;
import dev.opsledger.inmemory.simulation.Simulator;
import java.io.PrintStream;
import java.net.URI;
import java.util.Optional;

/** {@code simulate --dynamodb-endpoint URL}: the run with both regions' tables on that DynamoDB server. */
final class DynamoDbSimulation {

    private DynamoDbSimulation() {
    }

    /** Runs the scenario and tells on {@code notes} which tables it wrote. */
    static SimulationReport run(URI endpoint, Scenario scenario, PrintStream notes) {
        try (AwsClients clients = new AwsClients(Optional.of(endpoint))) {
            // One client serves both regions' tables: they are on one server, whatever region it is signed for.
            DynamoDbRunTables tables = new DynamoDbRunTables(clients.dynamoDb(Region.US_EAST_1), endpoint,
                    "seed" + scenario.seed());
            SimulationReport report = new Simulator(tables).run(scenario);
            notes.println("opsledger: the regions' tables are " + String.join(" and ", tables.opened()) + " on "
                    + endpoint);
            return report;
        }
    }
}
