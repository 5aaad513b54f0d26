package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ResourceBundle;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BundleMailTemplatesTest {

  private static final Email ANA = new Email("ana@example.lu");
  private static final String SECRET = "Xy-9_z+/=é";
  private static final String ENCODED = "Xy-9_z%2B%2F%3D%C3%A9";

  private final BundleMailTemplates templates =
      new BundleMailTemplates("https://cluster.example.lu/");

  @ParameterizedTest
  @CsvSource({"DE, de", "FR, fr", "EN, en"})
  void theLink_leadsToTheSetPasswordPageInTheMailsLanguage(Language language, String code) {
    OutgoingMail mail = templates.invitation(ANA, "Ana Lopes", SECRET, language);

    String link = "https://cluster.example.lu/" + code + "/set-password?token=" + ENCODED;
    assertTrue(mail.body().contains("\n" + link + "\n"), mail.body());
  }

  @Test
  void theSecret_isUrlEncoded_soEveryCharacterArrives() {
    assertEquals(
        "https://cluster.example.lu/en/set-password?token=" + ENCODED,
        templates.link(SECRET, Language.EN));
  }

  @Test
  void aPublicUrlWithoutTrailingSlash_givesTheSameLink() {
    assertEquals(
        templates.link(SECRET, Language.DE),
        new BundleMailTemplates("https://cluster.example.lu").link(SECRET, Language.DE));
  }

  @Test
  void withoutConfiguration_linksPointToTheLocalServer() {
    assertEquals(
        "http://localhost:8080/fr/set-password?token=abc",
        new BundleMailTemplates(null).link("abc", Language.FR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | Ihre Einladung zu Creative Cluster | Hallo Ana Lopes, | 3 Tage lang gültig",
        "FR | Votre invitation à Creative Cluster | Bonjour Ana Lopes, | valable 3 jours",
        "EN | Your invitation to Creative Cluster | Hello Ana Lopes, | valid for 3 days"
      })
  void theInvitation_greetsByName_andStatesThreeDays(
      Language language, String subject, String greeting, String validity) {
    OutgoingMail mail = templates.invitation(ANA, "Ana Lopes", SECRET, language);

    assertEquals(ANA, mail.to());
    assertEquals(subject, mail.subject());
    assertTrue(mail.body().startsWith(greeting + "\n\n"), mail.body());
    assertTrue(mail.body().contains(validity), mail.body());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "DE | Neues Passwort für Creative Cluster | eine Stunde lang gültig",
        "FR | Choisissez un nouveau mot de passe pour Creative Cluster | valable une heure",
        "EN | Choose a new password for Creative Cluster | valid for 1 hour"
      })
  void theReset_statesOneHour(Language language, String subject, String validity) {
    OutgoingMail mail = templates.passwordReset(ANA, "Ana Lopes", SECRET, language);

    assertEquals(subject, mail.subject());
    assertTrue(mail.body().contains(validity), mail.body());
    assertTrue(mail.body().contains("/set-password?token=" + ENCODED), mail.body());
  }

  @Test
  void apostrophesInFrenchMails_survive() {
    OutgoingMail mail = templates.passwordReset(ANA, "Ana", SECRET, Language.FR);

    assertTrue(mail.body().contains("Quelqu'un"), mail.body());
    assertTrue(mail.body().contains("qu'une seule fois"), mail.body());
    assertTrue(mail.body().contains("L'équipe"), mail.body());
  }

  @Test
  void aNameThatLooksLikeAPattern_isWrittenAsTyped() {
    OutgoingMail mail = templates.invitation(ANA, "Bo {0} O'Neil", SECRET, Language.EN);

    assertTrue(mail.body().startsWith("Hello Bo {0} O'Neil,"), mail.body());
  }

  @ParameterizedTest
  @CsvSource({"P1D, 1 day", "P3D, 3 days", "PT1H, 1 hour", "PT36H, 36 hours", "PT90M, 90 minutes"})
  void validity_usesTheLargestExactUnit(Duration validity, String expected) {
    ResourceBundle english =
        ResourceBundle.getBundle(BundleMailTemplates.BUNDLE, Language.EN.locale());

    assertEquals(expected, BundleMailTemplates.validity(english, validity, Language.EN));
  }
}
