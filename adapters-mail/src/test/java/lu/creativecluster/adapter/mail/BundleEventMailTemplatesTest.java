package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.event.EventAudience;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.EventKind;
import lu.creativecluster.domain.event.EventPlace;
import lu.creativecluster.domain.event.EventSchedule;
import lu.creativecluster.domain.event.Registrant;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import lu.creativecluster.domain.shared.LocalizedText;
import org.junit.jupiter.api.Test;

/** The registration mails read right in each language and carry the cancellation link. */
class BundleEventMailTemplatesTest {

  private static final LocalDateTime START = LocalDateTime.of(2027, 6, 17, 18, 30);
  private static final EventDetails EVENING =
      new EventDetails(
          LocalizedText.of("Netzwerkabend Juni", "Soirée réseau de juin", "June networking"),
          LocalizedText.of("Jeden Monat", "Chaque mois", "Every month"),
          EventKind.NETWORKING,
          new EventSchedule(START, START.plusMinutes(150)),
          EventPlace.venue("Rotondes, Luxembourg"),
          40,
          EventAudience.OPEN_TO_ALL,
          START.withHour(12));

  private final BundleEventMailTemplates templates =
      new BundleEventMailTemplates(new BundleMailTemplates("https://cluster.example.lu/"));

  private static Registrant anna(Language language) {
    return Registrant.guest("Anna Muller", new Email("anna@example.lu"), language);
  }

  @Test
  void theConfirmation_inGerman_namesTheEventAndCarriesTheCancellationLink() {
    OutgoingMail mail = templates.registrationConfirmed(anna(Language.DE), EVENING, "s3cr-t_x");
    assertEquals("Ihr Platz bei: Netzwerkabend Juni", mail.subject());
    assertTrue(mail.body().startsWith("Hallo Anna Muller,"), mail.body());
    assertTrue(mail.body().contains("„Netzwerkabend Juni“"), mail.body());
    assertTrue(mail.body().contains("Donnerstag, 17. Juni 2027, 18:30–21:00"), mail.body());
    assertTrue(mail.body().contains("Rotondes, Luxembourg"), mail.body());
    assertTrue(
        mail.body().contains("https://cluster.example.lu/de/events/cancel?token=s3cr-t_x"),
        mail.body());
  }

  @Test
  void theWaitingListNotice_inFrench_givesThePlace_andKeepsItsApostrophes() {
    OutgoingMail mail = templates.registrationWaiting(anna(Language.FR), EVENING, 3, "tok");
    assertEquals("Liste d'attente : Soirée réseau de juin", mail.subject());
    assertTrue(mail.body().contains("numéro 3 sur la liste d'attente"), mail.body());
    assertTrue(mail.body().contains("/fr/events/cancel?token=tok"), mail.body());
  }

  @Test
  void thePromotionNotice_inEnglish_hasNoLinkOfItsOwn() {
    OutgoingMail mail = templates.registrationPromoted(anna(Language.EN), EVENING);
    assertEquals("A seat is yours: June networking", mail.subject());
    assertTrue(mail.body().contains("Thursday, June 17, 2027, 18:30–21:00"), mail.body());
    assertFalse(mail.body().contains("token="), mail.body());
  }
}
