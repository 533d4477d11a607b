package dev.opsledger.domain.health;

public sealed interface HealthCommand {

    ComponentKey component();

    record RecordCheck(ComponentKey component, CheckResult result) implements HealthCommand {
    }
}
