package lu.creativecluster.adapter.webui.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * web.xml's security constraints (what the OpenID Connect sign-in relies on) say exactly what
 * {@link Page} declares: a page or area added there without its constraint, or a constraint left
 * behind, fails here.
 */
class WebXmlConstraintsTest {

  @Test
  void webXmlConstraints_areExactlyWhatPageDeclares() throws Exception {
    assertEquals(
        Page.securityConstraints(), constraintsIn(Path.of("src/main/webapp/WEB-INF/web.xml")));
  }

  @Test
  void pageDeclares_theStaffAreaTheAuditLogAndTheAccountArea() {
    Map<String, Set<String>> constraints = Page.securityConstraints();
    assertTrue(constraints.get("staff").contains("/de/staff/*"));
    assertTrue(constraints.get("staff").contains("/staff/*"));
    assertTrue(constraints.get("admin").contains("/fr/staff/audit"));
    assertTrue(constraints.get("admin").contains("/staff/audit.xhtml"));
    assertTrue(constraints.get("**").contains("/en/account/*"));
  }

  @Test
  void theAreas_coverPagesNotListedYet_andAPageMayAskForMore() {
    assertEquals(Audience.STAFF, Page.audienceOf(java.util.List.of("staff", "accounts")));
    assertEquals(Audience.ADMIN, Page.audienceOf(java.util.List.of("staff", "audit")));
    assertEquals(Audience.SIGNED_IN, Page.audienceOf(java.util.List.of("account", "profile")));
    assertEquals(Audience.EVERYONE, Page.audienceOf(java.util.List.of("sectors")));
  }

  private static Map<String, Set<String>> constraintsIn(Path webXml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    Document doc = factory.newDocumentBuilder().parse(webXml.toFile());
    Map<String, Set<String>> constraints = new TreeMap<>();
    NodeList all = doc.getElementsByTagNameNS("*", "security-constraint");
    for (int i = 0; i < all.getLength(); i++) {
      Element constraint = (Element) all.item(i);
      Set<String> patterns = new TreeSet<>();
      NodeList urls = constraint.getElementsByTagNameNS("*", "url-pattern");
      for (int u = 0; u < urls.getLength(); u++) {
        patterns.add(urls.item(u).getTextContent().strip());
      }
      NodeList roles = constraint.getElementsByTagNameNS("*", "role-name");
      for (int r = 0; r < roles.getLength(); r++) {
        constraints
            .computeIfAbsent(roles.item(r).getTextContent().strip(), k -> new TreeSet<>())
            .addAll(patterns);
      }
    }
    return constraints;
  }
}
