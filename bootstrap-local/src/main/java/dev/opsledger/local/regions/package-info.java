/**
 * Both regions of the pair running in this process on the wall clock, as {@code ./opsledger serve} runs
 * them: each region's table, read models and recording adapters behind its faults (so a region can be
 * taken dark), the router naming the active region, and the background work Lambda runs in AWS (health
 * checks and failover, stream replication and the reconciler, projection, publishing).
 */
package dev.opsledger.local.regions;
