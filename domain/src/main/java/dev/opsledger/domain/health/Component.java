package dev.opsledger.domain.health;

/** What the health check probes in each region. */
public enum Component {
    API,
    TABLE,
    FUNCTIONS
}
