/** The scheduled health check: probing, recording component health, alerting on its edges, emitting metrics. */
package dev.opsledger.application.health;
