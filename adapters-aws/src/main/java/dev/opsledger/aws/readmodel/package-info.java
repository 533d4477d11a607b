/**
 * The read models kept in the event table beside the log, derived from its feed and rebuildable from it:
 * {@link dev.opsledger.aws.readmodel.DynamoDbDoraReadModel} behind {@code GET /metrics},
 * {@link dev.opsledger.aws.readmodel.DynamoDbHealthSummary} behind {@code GET /health} (storing the
 * application's health summary projection),
 * {@link dev.opsledger.aws.readmodel.RebuildReadModels} to rebuild both, and
 * {@link dev.opsledger.aws.readmodel.ReadModelItems} to drop them first. Their items' keys start with
 * {@code rm:} and carry no feed-index attribute, so they never show in the feed.
 */
package dev.opsledger.aws.readmodel;
