package org.gongzhi.cases.web;

import java.io.StringWriter;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GeoReport v2 XML: the same ordered maps as the JSON, written schemaless and without a namespace; a list
 * is an element holding one child per item, named by the spec's singular (requests → request).
 */
final class Open311Xml {

    private static final Map<String, String> ITEMS = Map.of("services", "service", "service_requests", "request",
            "errors", "error", "attributes", "attribute", "endpoints", "endpoint", "formats", "format",
            "values", "value");

    private Open311Xml() {
    }

    static String list(String root, List<? extends Map<String, ?>> items) {
        return document(w -> element(w, root, items));
    }

    static String object(String root, Map<String, ?> fields) {
        return document(w -> element(w, root, fields));
    }

    private static String document(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            w.writeStartDocument("utf-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write Open311 XML", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
            return;
        }
        w.writeStartElement(name);
        if (value instanceof Map<?, ?> fields) {
            for (Map.Entry<?, ?> field : fields.entrySet()) {
                element(w, field.getKey().toString(), field.getValue());
            }
        } else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                element(w, ITEMS.getOrDefault(name, "item"), item);
            }
        } else {
            w.writeCharacters(writable(value.toString()));
        }
        w.writeEndElement();
    }

    /**
     * The text without what XML 1.0 cannot carry (control characters but tab and line breaks, lone surrogates,
     * U+FFFE/U+FFFF), which would make the whole answer unreadable; it is dropped, as it shows nothing.
     */
    static String writable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(Open311Xml::allowed).forEach(out::appendCodePoint);
        return out.toString();
    }

    private static boolean allowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }
}
