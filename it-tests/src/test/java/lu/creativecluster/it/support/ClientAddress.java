package lu.creativecluster.it.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Test infrastructure: requests that come from another loopback address (127.0.0.2, 127.0.0.3 …;
 * Linux routes all of 127/8 to the loopback interface). The platform counts rate limits and failed
 * sign-ins per client address, so a test that exhausts them from its own address leaves every other
 * test, which calls from 127.0.0.1, untouched.
 */
public final class ClientAddress {

  /** Apache HttpClient 4's ConnRoutePNames.LOCAL_ADDRESS, the source address of a connection. */
  private static final String LOCAL_ADDRESS_PARAMETER = "http.route.local-address";

  private ClientAddress() {}

  public static RequestSpecification from(String loopbackAddress) {
    try {
      InetAddress source = InetAddress.getByName(loopbackAddress);
      return given()
          .config(
              RestAssured.config()
                  .httpClient(
                      HttpClientConfig.httpClientConfig()
                          .setParam(LOCAL_ADDRESS_PARAMETER, source)));
    } catch (UnknownHostException e) {
      throw new IllegalArgumentException(loopbackAddress, e);
    }
  }
}
