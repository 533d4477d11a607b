package dev.opsledger.local;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.opsledger.simulation.SimulationReport;

/** The report as JSON, fields in the report's own order, so the same run always prints the same bytes. */
final class ReportJson {

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static String write(SimulationReport report) {
        try {
            return MAPPER.writeValueAsString(report) + System.lineSeparator();
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a simulation report could not be written as JSON", impossible);
        }
    }
}
