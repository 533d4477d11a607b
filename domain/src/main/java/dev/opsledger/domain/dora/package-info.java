/**
 * The DORA projection: {@link dev.opsledger.domain.dora.DoraFacts} accumulates what deployment and
 * incident events say, {@link dev.opsledger.domain.dora.DoraProjection} turns them into the four keys
 * for one service, environment and window, classified against
 * {@link dev.opsledger.domain.dora.DoraBenchmarks}. Pure functions of their inputs: no clock, no I/O.
 */
package dev.opsledger.domain.dora;
