package dev.opsledger.application.port;

import dev.opsledger.domain.health.CheckResult;
import dev.opsledger.domain.health.Component;
import dev.opsledger.domain.shared.Region;

/**
 * Checks one component of a region.
 *
 * <p>Contract: always returns a result, never throws for the component's own failure: a probe that
 * times out or cannot connect is a failed {@link CheckResult} carrying the latency it waited and a
 * reason a person can act on.
 */
public interface HealthProbe {

    Component component();

    CheckResult probe(Region region);
}
