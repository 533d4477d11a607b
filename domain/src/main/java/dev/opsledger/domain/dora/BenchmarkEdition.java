package dev.opsledger.domain.dora;

/** A published DORA benchmark table: the State of DevOps report of that year. */
public enum BenchmarkEdition {
    DORA_2021,
    DORA_2023
}
