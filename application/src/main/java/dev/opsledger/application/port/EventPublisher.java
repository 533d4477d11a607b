package dev.opsledger.application.port;

import java.util.List;

/**
 * Hands domain events to subscribers outside the system (EventBridge in AWS).
 *
 * <p>Contract: {@link #publish} returns only when every event was accepted; when some were refused it
 * throws {@link ServiceUnavailable} and the caller publishes the same events again later. Delivery is
 * therefore at least once: subscribers recognise repeats by the event id.
 */
public interface EventPublisher {

    void publish(List<RecordedEvent> events);
}
