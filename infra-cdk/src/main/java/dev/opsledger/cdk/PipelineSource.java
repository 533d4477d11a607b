package dev.opsledger.cdk;

import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Where the pipeline takes the code from: a repository behind a CodeStar connection ({@code owner/name}; the
 * connection's ARN is a stack parameter, since it is created by hand in the console), or a CodeCommit
 * repository of the account ({@code name}).
 */
public record PipelineSource(Kind kind, String repository, String branch) {

    public enum Kind {
        CODESTAR_CONNECTION("codestar"),
        CODECOMMIT("codecommit");

        private final String contextValue;

        Kind(String contextValue) {
            this.contextValue = contextValue;
        }

        public String contextValue() {
            return contextValue;
        }
    }

    public PipelineSource {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(repository, "repository");
        Objects.requireNonNull(branch, "branch");
        if (kind == Kind.CODESTAR_CONNECTION && !repository.matches("[^/\\s]+/[^/\\s]+")) {
            throw new IllegalArgumentException("the context value repository must be owner/name for a CodeStar"
                    + " connection, was '" + repository + "'");
        }
    }

    static PipelineSource of(String kind, String repository, String branch) {
        Kind chosen = Arrays.stream(Kind.values()).filter(candidate -> candidate.contextValue().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the context value source must be one of "
                        + Arrays.stream(Kind.values()).map(Kind::contextValue).collect(Collectors.joining(", "))
                        + ", was '" + kind + "'"));
        return new PipelineSource(chosen, repository, branch);
    }

    public String owner() {
        return repository.substring(0, repository.indexOf('/'));
    }

    public String name() {
        return kind == Kind.CODECOMMIT ? repository : repository.substring(repository.indexOf('/') + 1);
    }
}
