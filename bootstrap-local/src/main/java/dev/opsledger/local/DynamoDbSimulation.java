package dev.opsledger.local;

import dev.opsledger.aws.wiring.AwsClients;
import dev.opsledger.domain.shared.Region;
import dev.opsledger.simulation.RunProgress;
import dev.opsledger.simulation.Scenario;
import dev.opsledger.simulation.SimulationReport;
import dev.opsledger.simulation.Simulator;
import java.io.PrintStream;
import java.net.URI;

/** {@code simulate --dynamodb-endpoint URL}: the run with both regions' tables on that DynamoDB server. */
final class DynamoDbSimulation {

    private DynamoDbSimulation() {
    }

    /** Runs the scenario and tells on {@code notes} which tables it wrote, also when the run stops half-way. */
    static SimulationReport run(URI endpoint, Scenario scenario, PrintStream notes, RunProgress progress) {
        try (AwsClients clients = AwsClients.forServer(endpoint, ServerFailure.CALL_TIMEOUT)) {
            // One client serves both regions' tables: they are on one server, whatever region it is signed for.
            DynamoDbRunTables tables = new DynamoDbRunTables(clients.dynamoDb(Region.US_EAST_1), endpoint,
                    "seed" + scenario.seed());
            try {
                return new Simulator(tables).run(scenario, progress);
            } finally {
                if (!tables.opened().isEmpty()) {
                    notes.println("opsledger: the regions' tables are " + String.join(" and ", tables.opened())
                            + " on " + endpoint);
                }
            }
        }
    }
}
