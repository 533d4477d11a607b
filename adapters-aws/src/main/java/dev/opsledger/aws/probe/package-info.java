/** Health probes of a region's API, table and functions, each answering a result and never throwing. */
package dev.opsledger.aws.probe;
