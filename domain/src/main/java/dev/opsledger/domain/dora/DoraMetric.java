package dev.opsledger.domain.dora;

/** The four keys, each with the unit its benchmark limits are written in. */
public enum DoraMetric {
    /** Deployments per day. */
    DEPLOYMENT_FREQUENCY,
    /** Seconds from commit to successful deployment. */
    LEAD_TIME_FOR_CHANGES,
    /** Fraction of deployments that failed, were rolled back or caused an incident, from 0 to 1. */
    CHANGE_FAILURE_RATE,
    /** Seconds from an incident's opening to its resolution. */
    TIME_TO_RESTORE
}
