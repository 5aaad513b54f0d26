package lu.creativecluster.adapter.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
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

  @Test
  void everyDefault_isAValidText_withItsRequiredPlaceholders() {
    for (InquiryMailKind kind : InquiryMailKind.values()) {
      for (Language language : Language.values()) {
        InquiryMailText text = templates.defaultInquiryText(kind, language);
        assertEquals(kind, text.kind());
        assertEquals(language, text.language());
        kind.required()
            .forEach(p -> assertTrue(text.body().contains("{" + p + "}"), kind + " " + p));
      }
    }
  }

  @Test
  void anAdminsWording_isSent_withItsPlaceholdersFilled_andTheGreetingAndSignatureKept() {
    InquiryMailTexts texts = new OneWording();
    BundleMailTemplates reworded = new BundleMailTemplates("https://cluster.lu", texts);
    texts.save(
        new InquiryMailText(
            InquiryMailKind.ANSWERED,
            Language.DE,
            "Antwort für {name}",
            "Hier ist sie:\n{answer}\n(Ende)"),
        InquiryMailTexts.NOT_STORED);

    OutgoingMail mail = reworded.inquiryAnswered(to, "Léa", "Nimm {answer} wörtlich", Language.DE);

    assertEquals("Antwort für Léa", mail.subject());
    assertTrue(
        mail.body().startsWith("Hallo Léa,\n\nHier ist sie:\nNimm {answer} wörtlich\n(Ende)"));
    assertTrue(mail.body().contains("Creative Cluster"), "signature kept");
    assertEquals(
        templates.inquiryAnswered(to, "Léa", "x", Language.FR).subject(),
        reworded.inquiryAnswered(to, "Léa", "x", Language.FR).subject(),
        "the other languages keep the default");
  }

  /** The store with whatever one test saves. */
  private static final class OneWording implements InquiryMailTexts {
    private final Map<String, StoredMailText> stored = new HashMap<>();

    @Override
    public Optional<StoredMailText> find(InquiryMailKind kind, Language language) {
      return Optional.ofNullable(stored.get(kind + "/" + language));
    }

    @Override
    public List<StoredMailText> all() {
      return List.copyOf(stored.values());
    }

    @Override
    public void save(InquiryMailText text, long expectedVersion) {
      stored.put(text.kind() + "/" + text.language(), new StoredMailText(text, 0));
    }

    @Override
    public void remove(InquiryMailKind kind, Language language, long expectedVersion) {
      stored.remove(kind + "/" + language);
    }
  }
}
