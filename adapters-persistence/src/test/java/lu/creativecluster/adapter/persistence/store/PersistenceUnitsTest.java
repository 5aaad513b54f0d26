package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Unit test: persistence.xml declares one JTA unit, on the H2 default datasource, that picks its
 * database in code (dialect and connections) and deploys without ever contacting a database, so
 * WildFly bootstraps one Hibernate metamodel only; the adapter tests override the transaction type,
 * datasource, connection provider and dialect, so only this test sees those settings.
 */
class PersistenceUnitsTest {

  @Test
  void theOneUnit_choosesItsDatabaseInCode_andNeverReadsJdbcMetadataAtBoot() throws Exception {
    NodeList units = document().getElementsByTagNameNS("*", "persistence-unit");
    assertEquals(1, units.getLength(), "one persistence unit, so one metamodel is built");
    Element unit = (Element) units.item(0);

    assertEquals(ClusterStore.UNIT, unit.getAttribute("name"));
    assertEquals("JTA", unit.getAttribute("transaction-type"));
    assertEquals(StoreKind.H2.dataSourceJndiName(), text(unit, "jta-data-source"));
    Map<String, String> properties = properties(unit);
    assertEquals(ClusterDialect.class.getName(), properties.get("hibernate.dialect"));
    assertEquals(
        ClusterConnectionProvider.class.getName(),
        properties.get("hibernate.connection.provider_class"));
    assertEquals("false", properties.get("hibernate.boot.allow_jdbc_metadata_access"));
    assertEquals("none", properties.get("jakarta.persistence.schema-generation.database.action"));
  }

  private static Document document() throws Exception {
    try (InputStream xml =
        PersistenceUnitsTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(xml);
    }
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagNameNS("*", tag).item(0).getTextContent().strip();
  }

  private static Map<String, String> properties(Element unit) {
    NodeList nodes = unit.getElementsByTagNameNS("*", "property");
    Map<String, String> properties = new HashMap<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      Element property = (Element) nodes.item(i);
      properties.put(property.getAttribute("name"), property.getAttribute("value"));
    }
    return properties;
  }
}
