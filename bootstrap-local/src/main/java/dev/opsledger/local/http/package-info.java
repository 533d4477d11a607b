/**
 * API Gateway on localhost: HTTP requests become REST proxy events, handed to the same
 * {@code RequestStreamHandler} Lambda runs, and the handler's proxy answers become HTTP responses.
 */
package dev.opsledger.local.http;
