package lu.creativecluster.it.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.net.URL;
import lu.creativecluster.it.support.PlatformDeployment;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** What an integrator and an operator read first: the OpenAPI document and the health checks. */
class OpenApiAndHealthIT extends PlatformDeployment {

  @ArquillianResource URL base;

  @Test
  void openApiDocument_describesTheSectorsEndpoints() {
    given()
        .accept("application/json")
        .when()
        .get(base.toString().replaceFirst("/$", "") + "/openapi")
        .then()
        .statusCode(200)
        .body("openapi", notNullValue())
        .body("info.title", equalTo("Creative Cluster Platform API"))
        .body("paths.'/api/v1/sectors'.get.summary", equalTo("List the sectors"))
        .body("paths.'/api/v1/sectors/{code}'.get.responses.'404'", notNullValue())
        .body(
            "paths.'/api/v1/sectors/{code}'.get.responses.'404'.content.'application/problem+json'",
            notNullValue())
        .body("paths.'/api/v1/sectors'.get.parameters.name", hasItem("lang"))
        .body("components.schemas.Sector.properties.naceClasses", notNullValue())
        .body("components.schemas.Problem.properties.invalidParams", notNullValue());
  }

  @Test
  void openApiDocument_namesEveryOperation_andDeclaresThePartnersScopes() {
    given()
        .accept("application/json")
        .when()
        .get(base.toString().replaceFirst("/$", "") + "/openapi")
        .then()
        .statusCode(200)
        .body("paths.'/api/v1/sectors'.get.operationId", equalTo("listSectors"))
        .body("paths.'/api/v1/sectors/{code}'.get.operationId", equalTo("getSector"))
        .body("paths.'/api/v1/me'.get.operationId", equalTo("getCaller"))
        .body("paths.'/api/v1/audit-events'.get.operationId", equalTo("listAuditEvents"))
        .body("paths.'/api/v1/audit-events'.get.security[0].partnerToken", hasItem("audit:read"))
        .body("components.securitySchemes.partnerToken.type", equalTo("oauth2"))
        .body(
            "components.securitySchemes.partnerToken.flows.clientCredentials.scopes.'audit:read'",
            notNullValue())
        .body(
            "components.securitySchemes.partnerToken.flows.clientCredentials.tokenUrl",
            startsWith("https://"));
  }

  @Test
  void openApiDocument_isAlsoServedAsYaml() {
    given()
        .when()
        .get(base.toString().replaceFirst("/$", "") + "/openapi")
        .then()
        .statusCode(200)
        .body(containsString("/api/v1/sectors"));
  }

  @Test
  void readiness_includesTheDatabase_andIsUp() {
    given()
        .when()
        .get(managementUrl() + "/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.status", equalTo("UP"))
        .body("checks.find { it.name == 'database' }.data.store", equalTo("postgresql"));
  }

  @Test
  void liveness_isUp() {
    given().when().get(managementUrl() + "/health/live").then().statusCode(200);
  }
}
