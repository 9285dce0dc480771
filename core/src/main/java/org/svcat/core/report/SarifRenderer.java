package org.svcat.core.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.svcat.core.Svcat;
import org.svcat.core.ValidationReport;
import org.svcat.core.finding.Finding;
import org.svcat.core.finding.Messages;
import org.svcat.core.finding.Severity;
import org.svcat.core.io.Digests;
import org.svcat.core.rules.BuiltInRules;
import org.svcat.core.rules.RuleDescriptor;
import org.svcat.core.rules.RuleDocs;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * SARIF 2.1.0, as GitHub code scanning and other CI systems read it: every rule with its help (the
 * doc page), and each finding with its location relative to the repository and a stable fingerprint
 * (file, rule, item, pointer) so that alerts follow a finding across line moves.
 */
public final class SarifRenderer implements ReportRenderer {
  private final RenderOptions options;
  private final Messages messages;

  public SarifRenderer(RenderOptions options) {
    this.options = options;
    this.messages = Messages.forLanguage(options.language());
  }

  @Override
  public void render(ValidationReport report, Writer out) throws IOException {
    ObjectNode root = PrettyJson.object();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver
        .put("name", "svcat")
        .put("version", Svcat.VERSION)
        .put("semanticVersion", Svcat.VERSION)
        .put("informationUri", "https://svcat.org");
    ArrayNode rules = driver.putArray("rules");
    Map<String, Integer> index = new HashMap<>();
    List<RuleDescriptor> descriptors = BuiltInRules.descriptors();
    for (RuleDescriptor d : descriptors) {
      index.put(d.id(), index.size());
      String summary = messages.format(d.id() + ".summary");
      ObjectNode rule = rules.addObject();
      rule.put("id", d.id());
      rule.putObject("shortDescription").put("text", summary);
      rule.putObject("fullDescription").put("text", summary);
      String doc = RuleDocs.find(d.id()).orElse(summary);
      rule.putObject("help").put("text", doc).put("markdown", doc);
      rule.putObject("defaultConfiguration").put("level", level(d.defaultSeverity()));
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : report.findings()) {
      ObjectNode result = results.addObject();
      result.put("ruleId", f.rule());
      if (index.containsKey(f.rule())) {
        result.put("ruleIndex", index.get(f.rule()));
      }
      result.put("level", level(f.severity()));
      result
          .putObject("message")
          .put("text", f.hint().isEmpty() ? f.message() : f.message() + "\n" + f.hint());
      ObjectNode location = result.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(options.path(f.file())));
      physical.putObject("region").put("startLine", f.line()).put("startColumn", f.column());
      if (f.item() != null) {
        location
            .putArray("logicalLocations")
            .addObject()
            .put("fullyQualifiedName", f.item())
            .put("kind", "object");
      }
      result.putObject("partialFingerprints").put("svcat/v1", fingerprint(f));
    }
    run.put("columnKind", "unicodeCodePoints");
    out.write(PrettyJson.write(root));
  }

  /**
   * {@code path} as the relative URI reference SARIF asks for: a space, {@code #}, {@code %} or a
   * Chinese file name ({@code 食品经营许可.yaml}) percent-encoded in UTF-8, so that a {@code #} is not
   * read as a fragment and code-scanning tools find the file.
   */
  static String uri(String path) {
    int slash = path.indexOf('/');
    // a colon in the first segment would read as a scheme
    boolean colon = (slash < 0 ? path : path.substring(0, slash)).contains(":");
    try {
      return new URI(null, null, colon ? "./" + path : path, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(path, e); // no scheme, and illegal characters are quoted
    }
  }

  private static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
      case OFF -> "none";
    };
  }

  private static String fingerprint(Finding f) {
    String key = f.file() + "\n" + f.rule() + "\n" + f.item() + "\n" + f.pointer();
    return HexFormat.of()
        .formatHex(Digests.sha256(key.getBytes(StandardCharsets.UTF_8)))
        .substring(0, 32);
  }
}
