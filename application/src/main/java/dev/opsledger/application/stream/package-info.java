/**
 * Writing the regional bookkeeping streams (health, the replication journal, the publishing checkpoint): one
 * writer each, following its stream in memory, one stream per hour.
 */
package dev.opsledger.application.stream;
