package dev.opsledger.domain.health;

public enum HealthStatus {
    HEALTHY,
    DEGRADED,
    UNHEALTHY
}
