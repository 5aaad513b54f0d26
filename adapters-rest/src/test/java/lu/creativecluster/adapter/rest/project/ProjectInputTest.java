package lu.creativecluster.adapter.rest.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.project.EuroAmount;
import lu.creativecluster.domain.project.ProjectDetails;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A project body is read exactly: volumes to the cent, or a 400 naming the field. */
class ProjectInputTest {

  private static final MemberId ANNA = MemberId.newId();

  private static String body(String volume, String start, String end) {
    return """
        {"title": {"de": "Titel", "fr": "Titre", "en": "Title"},
         "description": {"de": "Text", "fr": "Texte", "en": "Text"},
         "kind": "commission", "creatives": ["anna"],
         "partner": {"name": "Port", "industry": "Logistics", "sizeBand": "10-49"},
         "start": %s, "end": %s, "volume": %s,
         "clusterRole": "matched", "visibility": "public"}
        """
        .formatted(start, end, volume);
  }

  private static ProjectDetails read(String json) {
    return ProjectInput.details(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        slug -> slug.equals("anna") ? Optional.of(ANNA) : Optional.empty());
  }

  private static String refusedField(String json) {
    InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> read(json));
    return e.invalidFields().get(0).name();
  }

  @Test
  void aVolumeWithTwoDecimals_isReadAsTheExactDecimalWritten() {
    ProjectDetails d = read(body("12500.5", "\"2026-01-01\"", "null"));
    assertEquals(EuroAmount.parse("12500.50"), d.volume());
    assertEquals(
        EuroAmount.parse("0.30"),
        read(body("0.1", "\"2026-01-01\"", "null")).volume().plus(EuroAmount.parse("0.20")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12500.555", "-1", "\"12500\"", "0.001", "1e-3", "true", "1000000000000"})
  void aVolumeThatIsNotAnExactAmount_isRefusedNamingIt(String volume) {
    assertEquals("volume", refusedField(body(volume, "\"2026-01-01\"", "null")));
  }

  @Test
  void anEndBeforeTheStart_isRefusedNamingTheEnd() {
    assertEquals("end", refusedField(body("100", "\"2026-05-01\"", "\"2026-04-30\"")));
  }

  @Test
  void anUnknownCreative_orAMalformedDay_isRefusedNamingIt() {
    assertEquals(
        "creatives",
        refusedField(body("100", "\"2026-05-01\"", "null").replace("\"anna\"", "\"nobody\"")));
    assertEquals("start", refusedField(body("100", "\"2026-13-01\"", "null")));
  }
}
