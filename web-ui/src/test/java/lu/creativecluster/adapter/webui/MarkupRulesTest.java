package lu.creativecluster.adapter.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The promises the pages make: escaped output, nothing a strict Content-Security-Policy would
 * block, no asset from another host, and no text for people written into the markup.
 */
class MarkupRulesTest {

  private static final Path WEBAPP = Path.of("src/main/webapp");

  /** Text is either an EL expression or not words at all (the 404 on the error page). */
  private static final Pattern TEXT_WITHOUT_WORDS =
      Pattern.compile("(\\s|#\\{[^}]*\\}|[\\d·–—|/\\-])*");

  private static final Set<String> TEXT_ATTRIBUTES =
      Set.of("aria-label", "title", "alt", "placeholder", "content", "label");

  private static List<Path> views() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files.filter(p -> p.toString().endsWith(".xhtml")).toList();
    }
  }

  @Test
  void noView_turnsOffEscaping_orCarriesScriptsOrStyleAttributes() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path view : views()) {
      String markup = Files.readString(view);
      for (String forbidden : List.of("escape=\"false\"", "<script", " style=", "onclick=")) {
        if (markup.contains(forbidden)) {
          violations.add(view.getFileName() + ": " + forbidden);
        }
      }
    }
    assertEquals(List.of(), violations);
  }

  @Test
  void everyAsset_isServedByThePlatform() throws IOException {
    Pattern external = Pattern.compile("(src|href)=\"(https?:)?//[^\"]*\"");
    for (Path view : views()) {
      for (String line : Files.readAllLines(view)) {
        boolean externalAsset =
            external.matcher(line).find() && (line.contains("<link") || line.contains("src="));
        assertFalse(externalAsset, view.getFileName() + ": " + line.strip());
      }
    }
    String css = Files.readString(WEBAPP.resolve("resources/css/site.css"));
    assertFalse(css.contains("@import") || css.contains("url(http"), "site.css loads from afar");
  }

  @Test
  void noView_writesTextForPeopleLiterally() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    List<String> literals = new ArrayList<>();
    for (Path view : views()) {
      Element root = factory.newDocumentBuilder().parse(view.toFile()).getDocumentElement();
      collectLiterals(root, view.getFileName().toString(), literals);
    }
    assertEquals(List.of(), literals);
  }

  private static void collectLiterals(Node node, String view, List<String> literals) {
    if (node.getNodeType() == Node.TEXT_NODE
        && !TEXT_WITHOUT_WORDS.matcher(node.getNodeValue()).matches()) {
      literals.add(view + ": " + node.getNodeValue().strip());
    }
    NamedNodeMap attributes = node.getAttributes();
    if (attributes != null && !"meta".equals(node.getLocalName())) {
      for (int i = 0; i < attributes.getLength(); i++) {
        Node attribute = attributes.item(i);
        if (TEXT_ATTRIBUTES.contains(attribute.getNodeName())
            && !TEXT_WITHOUT_WORDS.matcher(attribute.getNodeValue()).matches()) {
          literals.add(view + ": " + attribute.getNodeName() + "=" + attribute.getNodeValue());
        }
      }
    }
    for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
      collectLiterals(child, view, literals);
    }
  }
}
