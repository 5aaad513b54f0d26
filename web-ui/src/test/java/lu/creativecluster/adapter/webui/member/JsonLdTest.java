package lu.creativecluster.adapter.webui.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.domain.member.ContactDetails;
import lu.creativecluster.domain.member.Location;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberKind;
import lu.creativecluster.domain.member.MemberProfile;
import lu.creativecluster.domain.member.MemberSectors;
import lu.creativecluster.domain.member.ProfileText;
import lu.creativecluster.domain.member.PublicMemberView;
import lu.creativecluster.domain.member.Slug;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class JsonLdTest {

  static final String URL = "https://cluster.example/en/members/atelier-nord";

  static PublicMemberView member(MemberKind kind, String name, String pitch, boolean showEmail) {
    MemberProfile profile =
        MemberProfile.builder(
                name,
                kind,
                MemberSectors.of("design", "music"),
                new ProfileText(Map.of(Language.FR, pitch)),
                ProfileText.in(Language.FR, "Une description."),
                Location.of("Esch-sur-Alzette", "LU"))
            .keywords(MemberProfile.keywordsOf("ceramics"))
            .build();
    ContactDetails contact =
        ContactDetails.privately(Optional.of(new Email("hello@nord.lu")), Optional.empty());
    if (showEmail) {
      contact =
          contact.revisedTo(
              Optional.of(new Email("hello@nord.lu")),
              Optional.empty(),
              true,
              false,
              Instant.parse("2026-05-04T09:00:00Z"));
    }
    return new PublicMemberView(
        MemberId.newId(), new Slug("atelier-nord"), profile, contact, Optional.empty(), 3);
  }

  private static JsonObject parsed(String script) {
    return Json.createReader(new StringReader(script)).readObject();
  }

  @Test
  void aCompany_isAnOrganization_aFreelancerAPerson_withTheProfilesAbsoluteUrl() {
    JsonObject company =
        JsonLd.of(
            member(MemberKind.COMPANY, "Atelier Nord", "Pitch", true),
            Language.EN,
            URL,
            List.of("Design", "Music"));
    JsonObject person =
        JsonLd.of(
            member(MemberKind.FREELANCER, "Anna Nord", "Pitch", false),
            Language.EN,
            URL,
            List.of("Design"));

    assertEquals("Organization", company.getString("@type"));
    assertEquals("https://schema.org", company.getString("@context"));
    assertEquals(URL, company.getString("url"));
    assertEquals("Esch-sur-Alzette", company.getJsonObject("address").getString("addressLocality"));
    assertEquals("hello@nord.lu", company.getString("email"));
    assertEquals("Person", person.getString("@type"));
    assertFalse(person.containsKey("email"), "an address shown without consent");
  }

  @Test
  void whatAMemberTyped_cannotEndTheScriptElement_andReadsBackUnchanged() {
    String hostile = "</script><script>alert(1)</script> <!-- & \u2028 end";
    String script =
        JsonLd.forScriptElement(
            JsonLd.of(
                member(MemberKind.COMPANY, "A </script> B", hostile, false),
                Language.DE,
                URL,
                List.of()));

    assertFalse(script.contains("<"), script);
    assertFalse(script.contains(">"), script);
    assertFalse(script.contains("&"), script);
    assertFalse(script.contains("\u2028"), script);
    assertEquals("A </script> B", parsed(script).getString("name"));
    assertEquals(hostile, parsed(script).getString("description"));
  }
}
