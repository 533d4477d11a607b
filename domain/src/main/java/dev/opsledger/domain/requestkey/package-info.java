/**
 * Which stream a client's request key (its {@code Idempotency-Key}) was spent on: one key records one
 * command on one stream, so the same key sent for another stream is recognised as reused, not as new.
 */
package dev.opsledger.domain.requestkey;
