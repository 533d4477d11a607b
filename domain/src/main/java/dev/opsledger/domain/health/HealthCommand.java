package dev.opsledger.domain.health;

import java.util.Objects;

public sealed interface HealthCommand {

    ComponentKey component();

    record RecordCheck(ComponentKey component, CheckResult result) implements HealthCommand {

        public RecordCheck {
            Objects.requireNonNull(component, "component");
            Objects.requireNonNull(result, "result");
        }
    }
}
