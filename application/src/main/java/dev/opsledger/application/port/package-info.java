/**
 * What the use cases need from the outside world; each interface states the contract its adapters keep.
 * {@link dev.opsledger.application.port.ForwardingEventStore} is the base of the stores that decorate another.
 */
package dev.opsledger.application.port;
