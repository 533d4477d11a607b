/**
 * The DORA read side: projecting the log into a read model and computing reports from it. The read
 * model's layout is decided here ({@link dev.opsledger.application.dora.DoraPlacement},
 * {@link dev.opsledger.application.dora.DoraReading}, {@link dev.opsledger.application.dora.DoraShelving});
 * adapters store its {@link dev.opsledger.application.dora.DoraItems}.
 */
package dev.opsledger.application.dora;
