package dev.opsledger.inmemory.dora;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The key of a day item: one service and environment on one UTC day. */
record DayKey(ServiceEnvironment partition, LocalDate day) {

    static DayKey of(String service, String environment, Instant at) {
        return new DayKey(new ServiceEnvironment(service, environment), LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}
