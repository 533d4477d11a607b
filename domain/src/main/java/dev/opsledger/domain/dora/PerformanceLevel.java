package dev.opsledger.domain.dora;

/** The DORA performance clusters, best first. */
public enum PerformanceLevel {
    ELITE,
    HIGH,
    MEDIUM,
    LOW
}
