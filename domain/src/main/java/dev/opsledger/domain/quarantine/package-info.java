/**
 * Commits set aside by failback: acknowledged by a former primary, never replicated, and no longer
 * accepted on top of the history of the region that took over.
 */
package dev.opsledger.domain.quarantine;
