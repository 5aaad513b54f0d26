package lu.creativecluster.it.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule is broken on purpose by a fixture class (test sources, packages {@code
 * ..archfixture..}) and must report it: a rule that cannot fail would let the hexagon rot
 * unnoticed.
 */
class HexagonRulesCanFailTest {

  private static final String[] FIXTURE_PACKAGES = {
    HexagonRules.BASE + ".domain.archfixture",
    HexagonRules.BASE + ".application.archfixture",
    HexagonRules.BASE + ".adapter.persistence.archfixture",
    HexagonRules.BASE + ".adapter.rest.archfixture",
    HexagonRules.BASE + ".adapter.webui.archfixture"
  };

  private static JavaClasses fixtures;

  @BeforeAll
  static void importFixtures() {
    // Only the fixtures' packages are read: importing all of lu.creativecluster (every module,
    // twice) to keep a few classes was most of this test's time. What they depend on is still
    // resolved from the classpath.
    fixtures =
        new ClassFileImporter()
            .importPackages(FIXTURE_PACKAGES)
            .that(resideInAPackage("..archfixture.."));
  }

  @Test
  void fixturesAreFound() {
    assertTrue(fixtures.size() >= 8, "fixtures imported: " + fixtures.size());
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        Arguments.of(HexagonRules.DOMAIN_IS_PURE_JAVA, "DomainUsingJpa"),
        Arguments.of(
            HexagonRules.APPLICATION_USES_ONLY_DOMAIN_AND_ITS_FEW_APIS, "ApplicationUsingJaxRs"),
        Arguments.of(
            HexagonRules.PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER, "DomainUsingJpa"),
        Arguments.of(HexagonRules.JAX_RS_ONLY_IN_REST_ADAPTER, "ApplicationUsingJaxRs"),
        Arguments.of(HexagonRules.FACES_ONLY_IN_WEB_UI, "RestThing"),
        Arguments.of(HexagonRules.MAIL_ONLY_IN_MAIL_ADAPTER, "WebUiMailer"),
        Arguments.of(HexagonRules.PASSWORD_CRYPTOGRAPHY_ONLY_IN_SYSTEM_ADAPTER, "WebUiMailer"),
        Arguments.of(HexagonRules.WEB_UI_IMPLEMENTS_NO_OUTBOUND_PORT, "WebUiMailer"),
        Arguments.of(HexagonRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER, "PersistenceThing"),
        Arguments.of(HexagonRules.INSIDE_DOES_NOT_DEPEND_ON_ADAPTERS, "DomainCallingAdapter"),
        Arguments.of(HexagonRules.NO_PACKAGE_CYCLES, "CycleB"));
  }

  @ParameterizedTest(name = "{0} catches {1}")
  @MethodSource("brokenRules")
  void ruleReportsTheFixtureThatBreaksIt(ArchRule rule, String offender) {
    EvaluationResult result = rule.evaluate(fixtures);
    assertTrue(result.hasViolation(), "rule did not fail: " + rule.getDescription());
    String report = String.join("\n", result.getFailureReport().getDetails());
    assertTrue(report.contains(offender), "violation should name " + offender + ":\n" + report);
  }

  @Test
  void theSameRulesPassOnCleanCode() {
    JavaClasses clean =
        new ClassFileImporter()
            .importPackages("lu.creativecluster.domain.sector")
            .that(resideInAPackage("lu.creativecluster.domain.sector"));
    assertFalse(HexagonRules.DOMAIN_IS_PURE_JAVA.evaluate(clean).hasViolation());
  }
}
