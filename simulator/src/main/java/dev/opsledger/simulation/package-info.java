/**
 * The offline two-region simulation: a {@link dev.opsledger.simulation.Scenario} run by the
 * {@link dev.opsledger.simulation.Simulator} on a virtual clock, through the real use cases and the
 * in-memory adapters, reported as a {@link dev.opsledger.simulation.SimulationReport} of measured
 * RPO, RTO, fencing and losses. Deterministic: everything random comes from the scenario's seed. Each
 * region's table comes from {@link dev.opsledger.simulation.RegionTables}: in memory unless the
 * caller brings another event store, with the region's faults injected in front of it either way.
 */
package dev.opsledger.simulation;
