/**
 * A team's release service built on OpsLedger, as {@code docs/library.md} walks through it:
 * {@link dev.opsledger.examples.ReleaseLedger} records and reads through the use cases, and
 * {@link dev.opsledger.examples.ChatWebhookPublisher} is a port of the team's own, announcing every
 * published event in the team's chat.
 */
package dev.opsledger.examples;
