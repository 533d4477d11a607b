package dev.opsledger.aws.sns;

import dev.opsledger.application.port.Alert;
import dev.opsledger.application.port.Alert.AlertSeverity;
import dev.opsledger.application.port.AlertNotifier;
import dev.opsledger.application.port.ServiceUnavailable;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.sns.SnsClient;
import software.amazon.awssdk.services.sns.model.MessageAttributeValue;
import software.amazon.awssdk.services.sns.model.ThrottledException;

/**
 * Publishes alerts to an SNS topic, once per open problem: the first alert of a problem key opens it,
 * later ones are swallowed until a {@code RESOLVED} alert closes it and is sent. Each notification
 * carries the message attributes {@code severity} and {@code region}, for subscription filters.
 *
 * <p>When SNS refuses a notification the open/close is undone before {@link ServiceUnavailable} is
 * thrown, so the caller's retry is sent rather than taken for a repeat.
 */
public final class SnsAlertNotifier implements AlertNotifier {

    private final SnsClient client;
    private final String topicArn;
    private final OpenProblems openProblems;

    public SnsAlertNotifier(SnsClient client, String topicArn, OpenProblems openProblems) {
        this.client = Objects.requireNonNull(client, "client");
        this.topicArn = Objects.requireNonNull(topicArn, "topicArn");
        this.openProblems = Objects.requireNonNull(openProblems, "openProblems");
    }

    @Override
    public boolean notify(Alert alert) {
        boolean resolves = alert.severity() == AlertSeverity.RESOLVED;
        String key = alert.problemKey();
        boolean changed = resolves ? openProblems.close(key) : openProblems.open(key);
        if (!changed) {
            return false;
        }
        try {
            publish(alert);
            return true;
        } catch (RuntimeException notSent) {
            if (resolves) {
                openProblems.open(key);
            } else {
                openProblems.close(key);
            }
            throw notSent;
        }
    }

    private void publish(Alert alert) {
        try {
            client.publish(request -> request
                    .topicArn(topicArn)
                    .subject(SnsText.subject(alert.subject()))
                    .message(SnsText.message(messageOf(alert)))
                    .messageAttributes(Map.of(
                            "severity", text(alert.severity().name()),
                            "region", text(alert.region().name()))));
        } catch (AwsServiceException e) {
            throw new ServiceUnavailable("SNS refused alert " + alert.problemKey() + " on " + topicArn + ": "
                    + e.getMessage(), e.isThrottlingException() || e instanceof ThrottledException);
        } catch (SdkException e) {
            throw new ServiceUnavailable("SNS unreachable for alert " + alert.problemKey() + " on " + topicArn, e);
        }
    }

    private static String messageOf(Alert alert) {
        return alert.message() + "\n\n" + alert.severity() + " " + alert.problemKey() + " in " + alert.region()
                + ", raised at " + alert.raisedAt();
    }

    private static MessageAttributeValue text(String value) {
        return MessageAttributeValue.builder().dataType("String").stringValue(value).build();
    }
}
