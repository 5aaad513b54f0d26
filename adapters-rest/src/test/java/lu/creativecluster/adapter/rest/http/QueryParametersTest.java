package lu.creativecluster.adapter.rest.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QueryParametersTest {

  private static MultivaluedMap<String, String> with(String name, String... values) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    for (String value : values) {
      parameters.add(name, value);
    }
    return parameters;
  }

  @Test
  void aNumberWithinItsBounds_isRead_andAMissingOneFallsBack() {
    assertEquals(7, QueryParameters.number(with("page", " 7 "), "page", 0, 10, 0));
    assertEquals(20, QueryParameters.number(with("other", "1"), "size", 1, 100, 20));
    assertEquals(Optional.empty(), QueryParameters.number(with("other", "1"), "year", 1900, 2200));
  }

  @ParameterizedTest
  @ValueSource(strings = {"-1", "11", "1.5", "ten", "1e3", "9999999", "  "})
  void anythingButAWholeNumberWithinTheBounds_isA400NamingTheParameter(String value) {
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class,
            () -> QueryParameters.number(with("page", value), "page", 0, 10, 0));
    assertEquals("page", e.invalidParams().get(0).name());
  }

  @Test
  void aParameterGivenTwice_isRefused() {
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class,
            () -> QueryParameters.single(with("sector", "design", "music"), "sector"));
    assertEquals("may be given once", e.invalidParams().get(0).reason());
  }

  @Test
  void aDay_isAnIsoDate() {
    assertEquals(LocalDate.of(2027, 3, 1), QueryParameters.day("from", "2027-03-01"));
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class, () -> QueryParameters.day("from", "1.3.2027"));
    assertEquals("from", e.invalidParams().get(0).name());
  }
}
