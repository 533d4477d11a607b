/** Route 53 failover records and the fencing epoch kept beside them. */
package dev.opsledger.aws.route53;
