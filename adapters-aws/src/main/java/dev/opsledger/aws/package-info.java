/** The application's ports implemented with AWS SDK for Java v2 (URL-connection HTTP client). */
package dev.opsledger.aws;
