package dev.opsledger.bench.dynamodb;

/** One line of the results table: a figure beside the baseline measured in the same run, and their ratio. */
record ResultRow(String figure, String measured, String baseline, String ratio, String notes) {
}
