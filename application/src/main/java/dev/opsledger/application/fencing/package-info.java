/** Keeps writes to the one active region: the application side of the fencing epoch. */
package dev.opsledger.application.fencing;
