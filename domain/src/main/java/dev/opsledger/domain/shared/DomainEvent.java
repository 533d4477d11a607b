package dev.opsledger.domain.shared;

/** What the log stores: every aggregate's event type extends this. */
public interface DomainEvent {
}
