package lu.creativecluster.it.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The hexagon holds: every rule checked on the production classes of every module. */
class HexagonArchitectureTest {

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(HexagonRules.BASE);
  }

  @Test
  void everyModuleIsImported() {
    for (String layer :
        new String[] {
          "lu.creativecluster.domain",
          "lu.creativecluster.application",
          "lu.creativecluster.adapter.persistence",
          "lu.creativecluster.adapter.rest",
          "lu.creativecluster.adapter.mail",
          "lu.creativecluster.adapter.system",
          "lu.creativecluster.adapter.webui"
        }) {
      assertTrue(
          production.stream().anyMatch(c -> c.getPackageName().startsWith(layer)),
          "no production class found in " + layer + ": the rules would check nothing there");
    }
  }

  static Stream<Arguments> rules() {
    return Stream.of(
        Arguments.of(HexagonRules.DOMAIN_IS_PURE_JAVA),
        Arguments.of(HexagonRules.APPLICATION_USES_ONLY_DOMAIN_AND_ITS_FEW_APIS),
        Arguments.of(HexagonRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER),
        Arguments.of(HexagonRules.JAX_RS_ONLY_IN_REST_ADAPTER),
        Arguments.of(HexagonRules.FACES_ONLY_IN_WEB_UI),
        Arguments.of(HexagonRules.MAIL_ONLY_IN_MAIL_ADAPTER),
        Arguments.of(HexagonRules.PASSWORD_CRYPTOGRAPHY_ONLY_IN_SYSTEM_ADAPTER),
        Arguments.of(HexagonRules.WEB_UI_IMPLEMENTS_NO_OUTBOUND_PORT),
        Arguments.of(HexagonRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER),
        Arguments.of(HexagonRules.INSIDE_DOES_NOT_DEPEND_ON_ADAPTERS),
        Arguments.of(HexagonRules.NO_PACKAGE_CYCLES));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rules")
  void productionCodeKeepsTheRule(ArchRule rule) {
    rule.check(production);
  }
}
