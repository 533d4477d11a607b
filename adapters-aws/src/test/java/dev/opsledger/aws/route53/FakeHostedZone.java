package dev.opsledger.aws.route53;

import dev.opsledger.aws.wire.WireRequest;
import dev.opsledger.aws.wire.WireResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Route 53's side of one hosted zone for a {@link dev.opsledger.aws.wire.WireEndpoint}, in REST XML:
 * {@code ChangeResourceRecordSets} validated and applied all or nothing as Route 53 does (a DELETE must
 * name a record set's exact TTL and values, a CREATE must not find one), and
 * {@code ListResourceRecordSets} in Route 53's order, from a start name and type.
 */
final class FakeHostedZone {

    static final String NAMESPACE = "https://route53.amazonaws.com/doc/2013-04-01/";

    record RecordSet(String name, String type, String setIdentifier, String failover, long ttl, List<String> values) {

        String key() {
            return reversedLabels(name) + " " + type + " " + setIdentifier;
        }

        String describe() {
            return "[name='" + name + "', type='" + type + "'" + (setIdentifier.isEmpty() ? "" : ", set-identifier='" + setIdentifier + "'") + "]";
        }
    }

    private final String zoneId;
    private final Map<String, RecordSet> records = new TreeMap<>();

    FakeHostedZone(String zoneId) {
        this.zoneId = zoneId;
    }

    synchronized void put(RecordSet recordSet) {
        RecordSet normalised = withDot(recordSet);
        records.put(normalised.key(), normalised);
    }

    synchronized List<RecordSet> recordSets() {
        return List.copyOf(records.values());
    }

    synchronized WireResponse answer(WireRequest request) {
        String rrset = "/2013-04-01/hostedzone/" + zoneId + "/rrset";
        if (request.method().equals("POST") && request.path().equals(rrset + "/")) {
            return change(parse(request.body()));
        }
        if (request.method().equals("GET") && request.path().equals(rrset)) {
            return list(request.queryParameters());
        }
        return WireResponse.xmlError(404, NAMESPACE, "NoSuchHostedZone", "No hosted zone found with ID: " + request.path());
    }

    private WireResponse change(Document batch) {
        Map<String, RecordSet> next = new TreeMap<>(records);
        for (Node node : children(batch.getDocumentElement(), "Change")) {
            Element change = (Element) node;
            RecordSet given = withDot(recordSetOf((Element) children(change, "ResourceRecordSet").getFirst()));
            RecordSet existing = next.get(given.key());
            switch (text(change, "Action")) {
                case "DELETE" -> {
                    if (existing == null) {
                        return invalidChangeBatch("Tried to delete resource record set " + given.describe() + " but it was not found");
                    }
                    if (!existing.equals(given)) {
                        return invalidChangeBatch("Tried to delete resource record set " + given.describe()
                                + " but the values provided do not match the current values");
                    }
                    next.remove(given.key());
                }
                case "CREATE" -> {
                    if (existing != null) {
                        return invalidChangeBatch("Tried to create resource record set " + given.describe() + " but it already exists");
                    }
                    next.put(given.key(), given);
                }
                case "UPSERT" -> next.put(given.key(), given);
                default -> throw new IllegalArgumentException("unknown action in " + change.getTextContent());
            }
        }
        records.clear();
        records.putAll(next);
        return WireResponse.xml(200, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ChangeResourceRecordSetsResponse xmlns=\""
                + NAMESPACE + "\"><ChangeInfo><Id>/change/C2682N5HXP0BZ4</Id><Status>PENDING</Status>"
                + "<SubmittedAt>2025-03-01T12:00:00.000Z</SubmittedAt></ChangeInfo></ChangeResourceRecordSetsResponse>");
    }

    private WireResponse list(Map<String, String> query) {
        String from = reversedLabels(dotted(query.getOrDefault("name", ""))) + " " + query.getOrDefault("type", "");
        int maxItems = Integer.parseInt(query.getOrDefault("maxitems", "300"));
        List<RecordSet> after = records.values().stream()
                .filter(recordSet -> (reversedLabels(recordSet.name()) + " " + recordSet.type()).compareTo(from) >= 0)
                .sorted(Comparator.comparing(RecordSet::key))
                .toList();
        List<RecordSet> page = after.subList(0, Math.min(maxItems, after.size()));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<ListResourceRecordSetsResponse xmlns=\"")
                .append(NAMESPACE).append("\"><ResourceRecordSets>");
        page.forEach(recordSet -> xml.append(xmlOf(recordSet)));
        xml.append("</ResourceRecordSets><IsTruncated>").append(after.size() > page.size()).append("</IsTruncated>");
        if (after.size() > page.size()) {
            RecordSet next = after.get(page.size());
            xml.append("<NextRecordName>").append(next.name()).append("</NextRecordName><NextRecordType>")
                    .append(next.type()).append("</NextRecordType>");
        }
        return WireResponse.xml(200, xml.append("<MaxItems>").append(maxItems).append("</MaxItems></ListResourceRecordSetsResponse>").toString());
    }

    private static String xmlOf(RecordSet recordSet) {
        StringBuilder xml = new StringBuilder("<ResourceRecordSet><Name>").append(recordSet.name()).append("</Name><Type>")
                .append(recordSet.type()).append("</Type>");
        if (!recordSet.setIdentifier().isEmpty()) {
            xml.append("<SetIdentifier>").append(recordSet.setIdentifier()).append("</SetIdentifier><Failover>")
                    .append(recordSet.failover()).append("</Failover>");
        }
        xml.append("<TTL>").append(recordSet.ttl()).append("</TTL><ResourceRecords>");
        recordSet.values().forEach(value -> xml.append("<ResourceRecord><Value>").append(escape(value)).append("</Value></ResourceRecord>"));
        return xml.append("</ResourceRecords></ResourceRecordSet>").toString();
    }

    /**
     * Batch validation errors come as a standard {@code ErrorResponse}, the messages in brackets; the
     * {@code <InvalidChangeBatch>} document Route 53 sent until 2024 is not one SDK v2 maps to
     * {@code InvalidChangeBatchException}.
     */
    private static WireResponse invalidChangeBatch(String message) {
        return WireResponse.xmlError(400, NAMESPACE, "InvalidChangeBatch", escape("[" + message + "]"));
    }

    static RecordSet recordSetOf(Element element) {
        List<String> values = children(element, "Value").stream().map(Node::getTextContent).toList();
        return new RecordSet(text(element, "Name"), text(element, "Type"), text(element, "SetIdentifier"),
                text(element, "Failover"), Long.parseLong(text(element, "TTL")), values);
    }

    static Document parse(String xml) {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not XML: " + xml, e);
        }
    }

    static List<Node> children(Node parent, String tag) {
        List<Node> found = new ArrayList<>();
        var nodes = ((parent instanceof Document document) ? document.getDocumentElement() : (Element) parent).getElementsByTagName(tag);
        for (int index = 0; index < nodes.getLength(); index++) {
            found.add(nodes.item(index));
        }
        return found;
    }

    static String text(Element element, String tag) {
        List<Node> found = children(element, tag);
        return found.isEmpty() ? "" : found.getFirst().getTextContent();
    }

    private static RecordSet withDot(RecordSet recordSet) {
        return new RecordSet(dotted(recordSet.name()), recordSet.type(), recordSet.setIdentifier(), recordSet.failover(),
                recordSet.ttl(), recordSet.values());
    }

    private static String dotted(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.isEmpty() || lower.endsWith(".") ? lower : lower + ".";
    }

    private static String reversedLabels(String name) {
        List<String> labels = new ArrayList<>(List.of(name.split("\\.")));
        Collections.reverse(labels);
        return String.join(".", labels);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
