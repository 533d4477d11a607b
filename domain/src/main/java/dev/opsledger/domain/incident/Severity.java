package dev.opsledger.domain.incident;

public enum Severity {
    CRITICAL,
    HIGH,
    MEDIUM,
    LOW
}
