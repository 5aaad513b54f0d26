package lu.creativecluster.it.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of the hexagon, in one place so that the build checks them on the real code
 * and the self-test proves each one can fail.
 */
final class HexagonRules {

  static final String BASE = "lu.creativecluster";
  static final String DOMAIN = BASE + ".domain..";
  static final String APPLICATION = BASE + ".application..";
  static final String PERSISTENCE = BASE + ".adapter.persistence..";
  static final String REST = BASE + ".adapter.rest..";
  static final String WEB_UI = BASE + ".adapter.webui..";
  static final String MAIL = BASE + ".adapter.mail..";
  static final String SYSTEM = BASE + ".adapter.system..";
  static final String OUTBOUND_PORTS = BASE + ".application.port.out..";

  private HexagonRules() {}

  static final ArchRule DOMAIN_IS_PURE_JAVA =
      classes()
          .that()
          .resideInAPackage(DOMAIN)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", DOMAIN)
          .as("the domain depends on nothing but java.* and itself");

  static final ArchRule APPLICATION_USES_ONLY_DOMAIN_AND_ITS_FEW_APIS =
      classes()
          .that()
          .resideInAPackage(APPLICATION)
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..",
              DOMAIN,
              APPLICATION,
              "jakarta.enterprise..",
              "jakarta.inject..",
              "jakarta.transaction..",
              "jakarta.validation..")
          .as(
              "the application depends only on the domain and on CDI, inject, transaction, validation");

  static final ArchRule PERSISTENCE_TECHNOLOGY_ONLY_IN_PERSISTENCE_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(PERSISTENCE)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.persistence..", "org.hibernate..", "liquibase..")
          .as("JPA, Hibernate and Liquibase are used only in adapters-persistence");

  static final ArchRule JAX_RS_ONLY_IN_REST_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(REST)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.ws.rs..")
          .as("JAX-RS is used only in adapters-rest");

  static final ArchRule FACES_ONLY_IN_WEB_UI =
      noClasses()
          .that()
          .resideOutsideOfPackage(WEB_UI)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..")
          .as("Jakarta Faces is used only in web-ui");

  static final ArchRule MAIL_ONLY_IN_MAIL_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(MAIL)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.mail..")
          .as("Jakarta Mail is used only in adapters-mail");

  static final ArchRule PASSWORD_CRYPTOGRAPHY_ONLY_IN_SYSTEM_ADAPTER =
      noClasses()
          .that()
          .resideOutsideOfPackage(SYSTEM)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("javax.crypto..")
          .as("password cryptography (javax.crypto) is used only in adapters-system");

  /**
   * The web module drives the application (pages, sign-in); the ports the application calls out
   * through each have an adapter module of their own, so a page class never doubles as a mailer or
   * a repository.
   */
  static final ArchRule WEB_UI_IMPLEMENTS_NO_OUTBOUND_PORT =
      noClasses()
          .that()
          .resideInAPackage(WEB_UI)
          .should()
          .implement(resideInAPackage(OUTBOUND_PORTS))
          .as("web-ui implements no outbound port: each has its own adapter module");

  static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER =
      slices()
          .matching(BASE + ".adapter.(*)..")
          .should()
          .notDependOnEachOther()
          .as("adapters never depend on each other");

  static final ArchRule INSIDE_DOES_NOT_DEPEND_ON_ADAPTERS =
      noClasses()
          .that()
          .resideInAnyPackage(DOMAIN, APPLICATION)
          .should()
          .dependOnClassesThat()
          .resideInAPackage(BASE + ".adapter..")
          .as("domain and application never depend on an adapter");

  static final ArchRule NO_PACKAGE_CYCLES =
      slices().matching(BASE + ".(**)").should().beFreeOfCycles().as("no package cycles");
}
