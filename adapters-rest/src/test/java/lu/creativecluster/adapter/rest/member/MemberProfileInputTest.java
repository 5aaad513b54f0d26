package lu.creativecluster.adapter.rest.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Year;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.application.port.out.member.SampleMember;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.PrivateDetails;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class MemberProfileInputTest {

  private static final Set<String> SECTORS =
      Set.of("design", "visual-arts", "crafts-manufacturing", "film", "music");
  private static final Predicate<SectorCode> KNOWN = c -> SECTORS.contains(c.value());
  private static final Year NOW = Year.of(2026);

  private static MemberProfileInput.Parsed parse(String body) {
    return MemberProfileInput.parse(body, KNOWN, NOW);
  }

  private static List<String> invalidFields(String body) {
    InvalidBodyException e = assertThrows(InvalidBodyException.class, () -> parse(body));
    return e.invalidFields().stream().map(InvalidParam::name).toList();
  }

  @Test
  void whatGetAnswers_readsBackToTheSameProfile() throws Exception {
    Member member = SampleMember.everyFieldFilled();
    String body;
    try (Jsonb jsonb = JsonbBuilder.create()) {
      body = jsonb.toJson(MemberProfileDto.fullView(member, MemberViewKind.STAFF));
    }

    MemberProfileInput.Parsed parsed = parse(body);

    assertEquals(member.profile(), parsed.profile());
    assertEquals(member.contact().email(), parsed.email());
    assertEquals(member.privateDetails(), parsed.privateDetails());
  }

  @Test
  void aMinimalProfile_isEnough() {
    MemberProfileInput.Parsed parsed =
        parse(
            """
            {"displayName": " Atelier Nord ", "kind": "freelancer", "sectors": ["design"],
             "pitch": {"fr": "Graphisme"}, "description": {"en": "Design studio"},
             "country": "lu", "id": "ignored", "status": "ignored"}
            """);

    assertEquals("Atelier Nord", parsed.profile().displayName());
    assertEquals(MemberKind.FREELANCER, parsed.profile().kind());
    assertEquals("Graphisme", parsed.profile().pitch().exactlyIn(Language.FR).orElseThrow());
    assertEquals("LU", parsed.profile().location().country().alpha2());
    assertEquals(PrivateDetails.NONE, parsed.privateDetails());
    assertTrue(parsed.email().isEmpty());
  }

  @Test
  void everyInvalidField_isNamed_inOneAnswer() {
    List<String> fields =
        invalidFields(
            """
            {"displayName": "", "kind": "robot", "sectors": ["design", "no-such-sector"],
             "pitch": {"xx": "?", "de": 3}, "description": "text",
             "country": "XX", "website": "ftp://x", "yearFounded": 3000,
             "portfolio": [{"title": "Reel", "url": "nope", "kind": "video"}, {"title": "x"}],
             "keywords": ["x"], "languages": ["not a tag!"], "teamSize": "huge",
             "marketsServed": ["ZZ"], "wantsExportHelp": "yes",
             "contact": {"email": "not-an-address", "showPhone": true},
             "privateDetails": {"registrationNumber": "%s"}}
            """
                .formatted("1".repeat(41)));

    assertEquals(
        List.of(
            "displayName",
            "kind",
            "sectors",
            "pitch.xx",
            "pitch.de",
            "description",
            "keywords[0]",
            "portfolio[0].url",
            "portfolio[1].url",
            "portfolio[1].kind",
            "country",
            "website",
            "languages[0]",
            "yearFounded",
            "teamSize",
            "marketsServed[0]",
            "wantsExportHelp",
            "contact.email",
            "contact.showPhone",
            "privateDetails.registrationNumber"),
        fields);
  }

  @Test
  void aBodyThatIsNoJsonObject_namesTheBody() {
    for (String body : new String[] {"", "{", "[1]", "\"x\"", "null", "{\"a\":}"}) {
      assertEquals(List.of("body"), invalidFields(body), body);
    }
    assertEquals(List.of("body"), invalidFields("{\"x\":\"" + "a".repeat(100_001) + "\"}"));
  }

  @Test
  void requiredFields_areNamedWhenMissing() {
    assertEquals(
        List.of("displayName", "kind", "sectors", "pitch", "description", "country"),
        invalidFields("{}"));
  }

  @Test
  void aPitchTooLong_andTooManySectors_areNamed() {
    assertEquals(
        List.of("sectors", "pitch.en"),
        invalidFields(
            """
            {"displayName": "A", "kind": "company",
             "sectors": ["design", "film", "music", "visual-arts"],
             "pitch": {"en": "%s"}, "description": {"en": "d"}, "country": "LU"}
            """
                .formatted("p".repeat(281))));
  }
}
