/**
 * How far a region's publisher has read its own log: the checkpoint below which every domain event has
 * reached the event bus. The log is the outbox, so this checkpoint is the only state publishing needs.
 */
package dev.opsledger.domain.publishing;
