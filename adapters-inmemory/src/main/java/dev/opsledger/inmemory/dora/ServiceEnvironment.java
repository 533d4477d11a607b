package dev.opsledger.inmemory.dora;

/** The partition key of the DORA items: one service in one environment. */
record ServiceEnvironment(String service, String environment) {
}
