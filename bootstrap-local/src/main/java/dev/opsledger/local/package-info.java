/** The local composition root: the command line that runs the system and its simulator on one machine. */
package dev.opsledger.local;
