package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;
import org.junit.jupiter.api.Test;

class InquiryMailTemplatesTest {

  private final BundleMailTemplates templates = new BundleMailTemplates("https://cluster.lu/");
  private final Email to = new Email("lea@example.lu");

  private static Inquiry inquiry() {
    Instant at = Instant.parse("2026-11-30T09:00:00Z");
    return Inquiry.receive(
        InquiryId.newId(),
        InquiryKind.QUESTION,
        InquiryTopic.INTELLECTUAL_PROPERTY,
        Optional.empty(),
        "Can I protect '{0}' as a mark? l'idée",
        new Asker("Léa Muller", new Email("lea@example.lu"), ""),
        Language.FR,
        true,
        "h",
        at,
        Inquiry.dueDateFor(at, 5));
  }

  @Test
  void theConfirmation_carriesTheTrackingLink_andTheDueDate_inTheAskersLanguage() {
    OutgoingMail fr =
        templates.inquiryReceived(to, "Léa", "s3cr3t-_x", LocalDate.of(2026, 12, 7), Language.FR);
    OutgoingMail de =
        templates.inquiryReceived(to, "Léa", "s3cr3t-_x", LocalDate.of(2026, 12, 7), Language.DE);

    assertEquals("Nous avons bien reçu votre demande", fr.subject());
    assertTrue(fr.body().contains("https://cluster.lu/fr/inquiries/track?token=s3cr3t-_x"));
    assertTrue(fr.body().contains("7 décembre 2026"), fr.body());
    assertTrue(fr.body().contains("l'institution"), "apostrophes survive: " + fr.body());
    assertTrue(de.body().contains("7. Dezember 2026"), de.body());
  }

  @Test
  void theForwarding_quotesTheMessageAsTyped_withTheRecipientsLink() {
    OutgoingMail mail =
        templates.inquiryForwarded(
            new Email("ip@example.lu"), "IP Office", inquiry(), "abc", Language.EN);

    assertTrue(mail.body().startsWith("Hello IP Office,"), mail.body());
    assertTrue(mail.body().contains("Can I protect '{0}' as a mark? l'idée"), mail.body());
    assertTrue(mail.body().contains("intellectual property and trademarks"));
    assertTrue(mail.body().contains("Léa Muller (–)"), mail.body());
    assertTrue(mail.body().contains("https://cluster.lu/en/inquiries/reply?token=abc"));
  }

  @Test
  void theAnswerReminderAndFollowUp_areWrittenInEveryLanguage() {
    for (Language language : Language.values()) {
      assertTrue(
          templates.inquiryAnswered(to, "Léa", "Voici {1}", language).body().contains("Voici {1}"));
      assertTrue(
          templates
              .inquiryReminder(to, "IP Office", inquiry(), language)
              .body()
              .contains(BundleMailTemplates.date(LocalDate.of(2026, 12, 7), language)));
      assertTrue(
          templates
              .inquiryFollowUp(to, "IP Office", inquiry(), "one more thing", language)
              .body()
              .contains("one more thing"));
    }
  }
}
