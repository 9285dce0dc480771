package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;

/**
 * JUnit XML as CI dashboards read it: one test case per file read, failed when the file has
 * findings at or above the fail level (the findings listed in the failure), passed otherwise
 * (findings below the fail level in {@code system-out}).
 */
public final class JunitRenderer implements ReportRenderer {
  private final RenderOptions options;

  public JunitRenderer(RenderOptions options) {
    this.options = options;
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    Map<String, List<Finding>> byFile = new LinkedHashMap<>();
    report.files().forEach(f -> byFile.put(f, new ArrayList<>()));
    report.findings().forEach(f -> byFile.computeIfAbsent(f.file(), k -> new ArrayList<>()).add(f));
    long failures =
        byFile.values().stream().filter(list -> list.stream().anyMatch(this::failing)).count();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("testsuites");
      attributes(xml, "svcat validate", byFile.size(), failures);
      xml.writeCharacters("\n  ");
      xml.writeStartElement("testsuite");
      attributes(xml, "svcat " + report.catalog().meta().id(), byFile.size(), failures);
      xml.writeAttribute("errors", "0");
      xml.writeAttribute("skipped", "0");
      for (Map.Entry<String, List<Finding>> file : byFile.entrySet()) {
        xml.writeCharacters("\n    ");
        xml.writeStartElement("testcase");
        xml.writeAttribute("classname", "svcat.validate");
        xml.writeAttribute("name", options.path(file.getKey()));
        xml.writeAttribute("file", options.path(file.getKey()));
        List<Finding> failing = file.getValue().stream().filter(this::failing).toList();
        List<Finding> other = file.getValue().stream().filter(f -> !failing(f)).toList();
        if (!failing.isEmpty()) {
          xml.writeCharacters("\n      ");
          xml.writeStartElement("failure");
          xml.writeAttribute("type", failing.get(0).rule());
          xml.writeAttribute(
              "message", failing.size() + " finding(s): " + failing.get(0).message());
          xml.writeCharacters(lines(failing));
          xml.writeEndElement();
        }
        if (!other.isEmpty()) {
          xml.writeCharacters("\n      ");
          xml.writeStartElement("system-out");
          xml.writeCharacters(lines(other));
          xml.writeEndElement();
        }
        if (!file.getValue().isEmpty()) {
          xml.writeCharacters("\n    ");
        }
        xml.writeEndElement();
      }
      xml.writeCharacters("\n  ");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private boolean failing(Finding f) {
    return f.severity().atLeast(options.failOn());
  }

  private String lines(List<Finding> findings) {
    StringBuilder s = new StringBuilder("\n");
    for (Finding f : findings) {
      s.append(options.path(f.file()))
          .append(':')
          .append(f.line())
          .append(':')
          .append(f.column())
          .append(": ")
          .append(f.severity().id())
          .append(" [")
          .append(f.rule())
          .append("] ")
          .append(f.message())
          .append('\n');
    }
    return s.toString();
  }

  private static void attributes(XMLStreamWriter xml, String name, long tests, long failures)
      throws XMLStreamException {
    xml.writeAttribute("name", name);
    xml.writeAttribute("tests", Long.toString(tests));
    xml.writeAttribute("failures", Long.toString(failures));
  }
}
