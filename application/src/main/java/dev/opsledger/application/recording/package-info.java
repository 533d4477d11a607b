/** Use cases that turn commands into events in the log, idempotently and only where writes are admitted. */
package dev.opsledger.application.recording;
