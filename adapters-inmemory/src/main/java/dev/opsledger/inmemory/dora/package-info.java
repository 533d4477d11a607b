/** The in-memory DORA read model, shaped like its DynamoDB twin so that its read cost can be counted. */
package dev.opsledger.inmemory.dora;
