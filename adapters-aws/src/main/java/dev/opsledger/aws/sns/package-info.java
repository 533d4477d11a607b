/** Alerts to operators through an Amazon SNS topic, one notification per open problem. */
package dev.opsledger.aws.sns;
