/** The region's write lease in its event table, which the API reads before each write. */
package dev.opsledger.aws.fencing;
