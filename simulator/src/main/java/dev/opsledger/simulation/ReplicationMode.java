package dev.opsledger.simulation;

/** How the primary's commits reach the disaster-recovery region in a scenario. */
public enum ReplicationMode {
    /** Each commit travels on the table's change stream a second or two after it was written; a scheduled reconciler repairs what the stream missed. */
    STREAM,
    /** Only the scheduled job copies, every replication interval: the original design. */
    SCHEDULED
}
