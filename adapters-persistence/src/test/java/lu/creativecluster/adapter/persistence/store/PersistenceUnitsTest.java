package lu.creativecluster.adapter.persistence.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Unit test: persistence.xml declares, for every store kind, a JTA unit on that kind's datasource
 * that can deploy without ever contacting its database; the adapter tests override the transaction
 * type and datasource, so only this test sees those settings.
 */
class PersistenceUnitsTest {

  @Test
  void everyStoreKind_hasAJtaUnitOnItsDatasource_thatNeverReadsJdbcMetadataAtBoot()
      throws Exception {
    Map<String, Element> units = persistenceUnits();

    for (StoreKind kind : StoreKind.values()) {
      Element unit = units.get(kind.persistenceUnit());
      assertNotNull(unit, "no persistence unit " + kind.persistenceUnit());
      assertEquals("JTA", unit.getAttribute("transaction-type"));
      assertEquals(kind.dataSourceJndiName(), text(unit, "jta-data-source"));
      Map<String, String> properties = properties(unit);
      assertEquals("false", properties.get("hibernate.boot.allow_jdbc_metadata_access"));
      assertEquals("none", properties.get("jakarta.persistence.schema-generation.database.action"));
      assertNotNull(properties.get("hibernate.dialect"), "dialect of " + kind);
    }
  }

  @Test
  void everyUnit_mapsTheSameClasses() throws Exception {
    Map<String, Element> units = persistenceUnits();

    assertEquals(
        classes(units.get(StoreKind.H2.persistenceUnit())),
        classes(units.get(StoreKind.POSTGRESQL.persistenceUnit())));
  }

  private static Set<String> classes(Element unit) {
    NodeList nodes = unit.getElementsByTagNameNS("*", "class");
    Set<String> classes = new TreeSet<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      classes.add(nodes.item(i).getTextContent().strip());
    }
    return classes;
  }

  private static Map<String, Element> persistenceUnits() throws Exception {
    try (InputStream xml =
        PersistenceUnitsTest.class.getResourceAsStream("/META-INF/persistence.xml")) {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      Document document = factory.newDocumentBuilder().parse(xml);
      NodeList nodes = document.getElementsByTagNameNS("*", "persistence-unit");
      Map<String, Element> units = new HashMap<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        Element unit = (Element) nodes.item(i);
        units.put(unit.getAttribute("name"), unit);
      }
      return units;
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
