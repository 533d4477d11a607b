/** Fault injection shared by every in-memory adapter of one simulated region. */
package dev.opsledger.inmemory.fault;
