package dev.opsledger.inmemory.dora;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** The key of a day item: one environment, every service of it, on one UTC day. */
record DayKey(String environment, LocalDate day) {

    static DayKey of(String environment, Instant at) {
        return new DayKey(environment, LocalDate.ofInstant(at, ZoneOffset.UTC));
    }
}
