package lu.creativecluster.adapter.rest.cooperation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.time.LocalDate;
import java.util.Set;
import lu.creativecluster.adapter.rest.problem.InvalidRequestParameterException;
import lu.creativecluster.application.port.in.mission.MissionListQuery;
import lu.creativecluster.domain.member.CountryCode;
import lu.creativecluster.domain.mission.MissionStatus;
import lu.creativecluster.domain.sector.SectorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MissionParametersTest {

  private static final Set<SectorCode> SECTORS = Set.of(new SectorCode("design"));

  private static MissionListQuery read(String... pairs) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      parameters.add(pairs[i], pairs[i + 1]);
    }
    return MissionParameters.read(parameters, SECTORS::contains);
  }

  @Test
  void readsEveryFilter() {
    MissionListQuery query =
        read(
            "status",
            "open",
            "status",
            "closed",
            "country",
            "fr",
            "sector",
            "design",
            "from",
            "2027-01-01",
            "to",
            "2027-06-30",
            "order",
            "latest",
            "page",
            "2",
            "size",
            "5");
    assertEquals(Set.of(MissionStatus.OPEN, MissionStatus.CLOSED), query.criteria().statuses());
    assertEquals(CountryCode.of("FR"), query.criteria().country().orElseThrow());
    assertEquals(new SectorCode("design"), query.criteria().sector().orElseThrow());
    assertEquals(LocalDate.of(2027, 1, 1), query.criteria().from().orElseThrow());
    assertEquals(LocalDate.of(2027, 6, 30), query.criteria().to().orElseThrow());
    assertTrue(query.latestFirst());
    assertEquals(2, query.page());
    assertEquals(5, query.size());
  }

  @Test
  void defaultsToAllMissionsSoonestFirst() {
    MissionListQuery query = read();
    assertTrue(query.criteria().statuses().isEmpty());
    assertFalse(query.latestFirst());
    assertEquals(0, query.page());
    assertEquals(MissionListQuery.DEFAULT_SIZE, query.size());
  }

  @ParameterizedTest
  @CsvSource({
    "status, travelling",
    "country, XX",
    "country, France",
    "sector, no-such-sector",
    "sector, %",
    "from, 2027-02-30",
    "to, tomorrow",
    "order, random",
    "page, -1",
    "page, 10001",
    "size, 0",
    "size, 101",
    "size, 99999999999999999999",
    "page, ''"
  })
  void namesTheParameterItCannotRead(String name, String value) {
    InvalidRequestParameterException e =
        assertThrows(InvalidRequestParameterException.class, () -> read(name, value));
    assertEquals(name, e.invalidParams().get(0).name());
  }

  @Test
  void aRangeEndingBeforeItStartsNamesTo() {
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class,
            () -> read("from", "2027-03-01", "to", "2027-02-01"));
    assertEquals("to", e.invalidParams().get(0).name());
  }

  @Test
  void aSingleValuedParameterGivenTwiceIsRefused() {
    InvalidRequestParameterException e =
        assertThrows(
            InvalidRequestParameterException.class, () -> read("country", "FR", "country", "DE"));
    assertEquals("country", e.invalidParams().get(0).name());
  }
}
