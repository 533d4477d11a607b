/** Domain events published to an Amazon EventBridge bus. */
package dev.opsledger.aws.eventbridge;
