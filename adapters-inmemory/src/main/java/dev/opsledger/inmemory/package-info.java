/**
 * Faithful in-memory twins of every application port, each refusing work through its region's
 * {@link dev.opsledger.inmemory.fault.Faults}: what the simulator and the use-case tests run on.
 */
package dev.opsledger.inmemory;
