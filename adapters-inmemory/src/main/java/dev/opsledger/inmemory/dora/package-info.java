/** The in-memory DORA read model: the application's placement stored in concurrent maps. */
package dev.opsledger.inmemory.dora;
