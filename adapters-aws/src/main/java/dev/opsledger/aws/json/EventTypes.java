package dev.opsledger.aws.json;

import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentFinished;
import dev.opsledger.domain.deployment.DeploymentEvent.DeploymentStarted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailbackInitiated;
import dev.opsledger.domain.failover.FailoverEvent.FailoverCompleted;
import dev.opsledger.domain.failover.FailoverEvent.FailoverInitiated;
import dev.opsledger.domain.health.HealthEvent.CheckRecorded;
import dev.opsledger.domain.health.HealthEvent.HealthCarriedForward;
import dev.opsledger.domain.health.HealthEvent.StatusChanged;
import dev.opsledger.domain.incident.IncidentEvent.IncidentAttributed;
import dev.opsledger.domain.incident.IncidentEvent.IncidentOpened;
import dev.opsledger.domain.incident.IncidentEvent.IncidentResolved;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointAdvanced;
import dev.opsledger.domain.publishing.PublishingEvent.PublishCheckpointCarriedForward;
import dev.opsledger.domain.quarantine.CommitQuarantined;
import dev.opsledger.domain.replication.ReplicationEvent.BatchApplied;
import dev.opsledger.domain.replication.ReplicationEvent.CheckpointAdvanced;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceCleared;
import dev.opsledger.domain.replication.ReplicationEvent.DivergenceDetected;
import dev.opsledger.domain.replication.ReplicationEvent.LagObserved;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationCarriedForward;
import dev.opsledger.domain.replication.ReplicationEvent.ReplicationFailed;
import dev.opsledger.domain.requestkey.RequestKeyClaimed;
import dev.opsledger.domain.shared.DomainEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The stable name of every event type, as stored in the log and sent to EventBridge. Written out by
 * hand, not discovered: renaming or moving a record must not change what is already stored, so a name
 * here never changes once released (a renamed class keeps its old name).
 */
public final class EventTypes {

    private static final Map<String, Class<? extends DomainEvent>> CLASS_OF_NAME = new LinkedHashMap<>();
    private static final Map<Class<? extends DomainEvent>, String> NAME_OF_CLASS = new LinkedHashMap<>();

    static {
        register("DeploymentStarted", DeploymentStarted.class);
        register("DeploymentFinished", DeploymentFinished.class);
        register("IncidentOpened", IncidentOpened.class);
        register("IncidentResolved", IncidentResolved.class);
        register("IncidentAttributed", IncidentAttributed.class);
        register("CheckRecorded", CheckRecorded.class);
        register("StatusChanged", StatusChanged.class);
        register("HealthCarriedForward", HealthCarriedForward.class);
        register("BatchApplied", BatchApplied.class);
        register("CheckpointAdvanced", CheckpointAdvanced.class);
        register("LagObserved", LagObserved.class);
        register("DivergenceDetected", DivergenceDetected.class);
        register("DivergenceCleared", DivergenceCleared.class);
        register("ReplicationFailed", ReplicationFailed.class);
        register("ReplicationCarriedForward", ReplicationCarriedForward.class);
        register("FailoverInitiated", FailoverInitiated.class);
        register("FailoverCompleted", FailoverCompleted.class);
        register("FailbackInitiated", FailbackInitiated.class);
        register("FailbackCompleted", FailbackCompleted.class);
        register("CommitQuarantined", CommitQuarantined.class);
        register("PublishCheckpointAdvanced", PublishCheckpointAdvanced.class);
        register("PublishCheckpointCarriedForward", PublishCheckpointCarriedForward.class);
        register("RequestKeyClaimed", RequestKeyClaimed.class);
    }

    private EventTypes() {
    }

    private static void register(String name, Class<? extends DomainEvent> type) {
        if (CLASS_OF_NAME.putIfAbsent(name, type) != null || NAME_OF_CLASS.putIfAbsent(type, name) != null) {
            throw new IllegalStateException("event type " + name + " (" + type.getName() + ") is registered twice");
        }
    }

    public static Set<String> names() {
        return Set.copyOf(CLASS_OF_NAME.keySet());
    }

    public static Set<Class<? extends DomainEvent>> classes() {
        return Set.copyOf(NAME_OF_CLASS.keySet());
    }

    public static String nameOf(Class<? extends DomainEvent> type) {
        String name = NAME_OF_CLASS.get(type);
        if (name == null) {
            throw new IllegalArgumentException("event class " + type.getName()
                    + " has no stable type name: register it in " + EventTypes.class.getName());
        }
        return name;
    }

    public static Class<? extends DomainEvent> classOf(String name) {
        Class<? extends DomainEvent> type = CLASS_OF_NAME.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown event type '" + name + "'; known types are "
                    + CLASS_OF_NAME.keySet());
        }
        return type;
    }
}
