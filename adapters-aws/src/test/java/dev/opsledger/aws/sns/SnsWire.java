package dev.opsledger.aws.sns;

import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import java.util.HashMap;
import java.util.Map;

/** SNS's side of {@code Publish} in the query protocol, and how to read a request's message attributes. */
final class SnsWire {

    static final String NAMESPACE = "http://sns.amazonaws.com/doc/2010-03-31/";

    private SnsWire() {
    }

    static WireResponse published(WireRequest request) {
        return WireResponse.xml(200, """
                <PublishResponse xmlns="http://sns.amazonaws.com/doc/2010-03-31/">
                  <PublishResult><MessageId>567910cd-659e-55d4-8ccb-5aaf14679dc0</MessageId></PublishResult>
                  <ResponseMetadata><RequestId>d74b8436-ae13-5ab4-a9ff-ce54dfea72a0</RequestId></ResponseMetadata>
                </PublishResponse>""");
    }

    /** {@code MessageAttributes.entry.N.Name/Value.DataType/Value.StringValue} as name to "DataType:value". */
    static Map<String, String> attributes(WireRequest request) {
        Map<String, String> form = request.form();
        Map<String, String> attributes = new HashMap<>();
        for (int entry = 1; form.containsKey("MessageAttributes.entry." + entry + ".Name"); entry++) {
            String prefix = "MessageAttributes.entry." + entry + ".";
            attributes.put(form.get(prefix + "Name"),
                    form.get(prefix + "Value.DataType") + ":" + form.get(prefix + "Value.StringValue"));
        }
        return attributes;
    }
}
