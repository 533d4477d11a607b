/** Metrics written to standard output in CloudWatch's Embedded Metric Format, no API call on the request path. */
package dev.opsledger.aws.emf;
