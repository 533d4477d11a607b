/**
 * Builds a region's AWS adapters from its settings (a Lambda's environment): SDK clients and adapters
 * made once, on first use, with plain constructors. The Lambda handlers and the local runner call this
 * and never {@code new} an AWS adapter themselves.
 */
package dev.opsledger.aws.wiring;
