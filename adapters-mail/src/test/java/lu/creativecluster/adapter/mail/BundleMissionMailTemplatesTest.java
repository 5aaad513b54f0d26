package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.mission.ApplicationStatus;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

/** The mission outcome mails read right in each language. */
class BundleMissionMailTemplatesTest {

  private final BundleMissionMailTemplates templates = new BundleMissionMailTemplates();
  private final Email to = new Email("nord@example.org");

  @Test
  void aSelectedApplicant_isToldInGerman_withTitleAndDestination() {
    OutgoingMail mail =
        templates.applicationOutcome(
            to,
            "Atelier Nord",
            "Designwoche Metz",
            "Metz (FR)",
            ApplicationStatus.SELECTED,
            Language.DE);
    assertEquals("Ihr Platz in der Mission: Designwoche Metz", mail.subject());
    assertTrue(mail.body().startsWith("Hallo Atelier Nord,"));
    assertTrue(mail.body().contains("„Designwoche Metz“ nach Metz (FR)"), mail.body());
  }

  @Test
  void aWaitlistedApplicant_inFrench_keepsItsApostrophes() {
    OutgoingMail mail =
        templates.applicationOutcome(
            to,
            "Atelier Nord",
            "Semaine du design",
            "Metz (FR)",
            ApplicationStatus.WAITLISTED,
            Language.FR);
    assertEquals("Liste d'attente de la mission : Semaine du design", mail.subject());
    assertTrue(mail.body().contains("liste d'attente"), mail.body());
  }

  @Test
  void aDeclinedApplicant_inEnglish() {
    OutgoingMail mail =
        templates.applicationOutcome(
            to,
            "Atelier Nord",
            "Design week",
            "Metz (FR)",
            ApplicationStatus.DECLINED,
            Language.EN);
    assertEquals("Your application to the mission: Design week", mail.subject());
    assertTrue(mail.body().contains("cannot offer you a place"));
  }

  @Test
  void noMail_forAStatusThatIsNoOutcome() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            templates.applicationOutcome(
                to, "A", "B", "C", ApplicationStatus.WITHDRAWN, Language.EN));
  }
}
