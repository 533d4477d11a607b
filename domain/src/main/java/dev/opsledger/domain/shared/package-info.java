/** What every aggregate shares: the decider shape, identities, regions and log positions. */
package dev.opsledger.domain.shared;
