/**
 * Domain events leave for the event bus from the log itself: the log is the outbox, the publisher follows
 * the feed from a checkpoint it records in the same log, so a crash between append and publish loses
 * nothing and costs at most a repeat.
 */
package dev.opsledger.application.publishing;
