package org.gongzhi.cases.open311;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reading Open311 XML answers with the JDK's DOM parser. */
final class Open311Fixtures {

    static final String DEMO_KEY = "demo-open311-key";

    private Open311Fixtures() {
    }

    static Element xml(String body) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
        return document.getDocumentElement();
    }

    static List<Element> children(Element parent) {
        List<Element> children = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                children.add(e);
            }
        }
        return children;
    }

    static List<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).toList();
    }

    static String text(Element parent, String child) {
        return children(parent).stream().filter(e -> e.getTagName().equals(child)).findFirst()
                .map(Element::getTextContent).orElseThrow(() -> new AssertionError("no <" + child + ">"));
    }
}
