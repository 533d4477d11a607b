/** Simulated time: scenarios run hours of region life in milliseconds, the same way every run. */
package dev.opsledger.inmemory.time;
