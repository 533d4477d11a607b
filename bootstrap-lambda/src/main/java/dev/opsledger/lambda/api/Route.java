package dev.opsledger.lambda.api;

import java.util.List;

/** The API's routes, each with its path template and its methods, named as logs and metrics name them. */
public enum Route {
    METRICS("/metrics", List.of("GET", "POST")),
    DEPLOYMENT("/metrics/deployments/{id}", List.of("GET")),
    INCIDENT("/metrics/incidents/{id}", List.of("GET")),
    HEALTH("/health", List.of("GET"));

    private final String template;
    private final List<String> methods;

    Route(String template, List<String> methods) {
        this.template = template;
        this.methods = methods;
    }

    public String template() {
        return template;
    }

    public List<String> methods() {
        return methods;
    }
}
