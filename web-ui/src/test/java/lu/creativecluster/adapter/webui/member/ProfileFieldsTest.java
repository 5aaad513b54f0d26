package lu.creativecluster.adapter.webui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.TeamSizeBand;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class ProfileFieldsTest {

  private static final Set<String> SECTORS = Set.of("design", "music", "architecture");
  private static final Year NOW = Year.of(2026);

  private static ProfileFields complete() {
    ProfileFields f = new ProfileFields();
    f.setName("  Atelier Nord ");
    f.setKind("company");
    f.setPrimarySector("design");
    f.setSecondSector("music");
    f.getPitch().put("fr", "Céramique et son.");
    f.getDescription().put("en", "We make tableware.");
    f.setCommune("Esch-sur-Alzette");
    f.setCountry("LU");
    f.setWebsite("https://nord.example");
    f.setKeywords("Ceramics, sound , ceramics");
    f.setSkills("Glazing\n\nSound design");
    f.setLanguages("lb, fr");
    f.setYearFounded("2019");
    f.setTeamSize("2-9");
    f.setMarketsServed("de, BE");
    f.setEmail("Hello@Nord.lu");
    f.setShowEmail(true);
    return f;
  }

  @Test
  void aCompleteForm_readsIntoTheDomainsValues() {
    ProfileFields.Read read = complete().read(SECTORS, NOW).orElseThrow();

    assertEquals("Atelier Nord", read.profile().displayName());
    assertEquals(MemberKind.COMPANY, read.profile().kind());
    assertEquals(2, read.profile().sectors().all().size());
    assertEquals("Céramique et son.", read.profile().pitch().exactlyIn(Language.FR).orElseThrow());
    assertEquals(2, read.profile().keywords().size());
    assertEquals(List.of("Glazing", "Sound design"), read.profile().skills());
    assertEquals(Optional.of(TeamSizeBand.MICRO), read.profile().teamSize());
    assertEquals(2, read.profile().export().marketsServed().size());
    assertEquals("hello@nord.lu", read.email().value());
    assertTrue(read.showEmail());
  }

  @Test
  void everyFieldThatDoesNotRead_getsItsOwnError_andKeepsWhatWasTyped() {
    ProfileFields f = complete();
    f.setName("");
    f.setKind("robot");
    f.setSecondSector("design");
    f.getPitch().clear();
    f.getDescription().put("de", "x".repeat(5_001));
    f.setWebsite("javascript:alert(1)");
    f.setYearFounded("2027");
    f.setTeamSize("huge");
    f.setMarketsWanted("Germany");
    f.setEmail("not-an-address");
    f.setPhone("");
    f.setShowPhone(true);

    assertEquals(Optional.empty(), f.read(SECTORS, NOW));
    assertEquals(
        List.of(
            "name",
            "kind",
            "primary-sector",
            "pitch",
            "description",
            "website",
            "year-founded",
            "team-size",
            "markets-wanted",
            "email",
            "phone"),
        List.copyOf(f.errors().keySet()));
    assertEquals("memberForm.error.description.length", f.errors().get("description"));
    assertEquals("javascript:alert(1)", f.getWebsite());
    assertEquals("Germany", f.getMarketsWanted());
  }

  @Test
  void anUnknownSector_isRefusedBesideTheSectors() {
    ProfileFields f = complete();
    f.setPrimarySector("astrology");

    assertEquals(Optional.empty(), f.read(SECTORS, NOW));
    assertEquals(Set.of("primary-sector"), f.errors().keySet());
  }
}
