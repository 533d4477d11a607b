/** What the use cases need from the outside world; each interface states the contract its adapters keep. */
package dev.opsledger.application.port;
