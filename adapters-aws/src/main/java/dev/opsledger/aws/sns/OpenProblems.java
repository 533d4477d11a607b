package dev.opsledger.aws.sns;

/**
 * The problems operators have been told about and not yet told are resolved, shared by every notifier
 * that must not repeat itself. Both operations are atomic: of many callers opening (or closing) the same
 * key at once, exactly one is told it changed anything.
 *
 * <p>{@link InProcessOpenProblems} holds them for one process (tests, one machine);
 * {@link DynamoDbOpenProblems} keeps them in the region's table, so every Lambda container of a region
 * notifies once per problem.
 */
public interface OpenProblems {

    /** Marks {@code problemKey} open; true only for the caller that opened it. */
    boolean open(String problemKey);

    /** Marks {@code problemKey} resolved; true only if it was open. */
    boolean close(String problemKey);
}
