/**
 * Outages on request, for {@code serve --chaos} only: a region taken dark in the running process so a failover
 * can be watched. Nothing outside the local runner may reach this package; Lambda has no such route.
 */
package dev.opsledger.local.chaos;
