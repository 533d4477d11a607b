/** The DORA read side: projecting the log into a read model and computing reports from it. */
package dev.opsledger.application.dora;
