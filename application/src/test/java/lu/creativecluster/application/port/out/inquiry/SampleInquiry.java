package lu.creativecluster.application.port.out.inquiry;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.sector.SectorCode;
import lu.creativecluster.domain.shared.Email;
import lu.creativecluster.domain.shared.Language;

/** Test data: inquiries and recipients for the port contracts and the service tests. */
public final class SampleInquiry {

  /** A Monday morning in Luxembourg. */
  public static final Instant T0 = Instant.parse("2026-11-30T09:00:00.123456Z");

  public static final String STAFF = "person:staff-1";

  private SampleInquiry() {}

  public static Inquiry question(String message, String askerName, Instant at) {
    return received(
        InquiryKind.QUESTION,
        InquiryTopic.FUNDING,
        message,
        askerName,
        at,
        "t-" + askerName + "-" + at);
  }

  public static Inquiry received(
      InquiryKind kind,
      InquiryTopic topic,
      String message,
      String askerName,
      Instant at,
      String trackingHash) {
    return Inquiry.receive(
        InquiryId.newId(),
        kind,
        topic,
        Optional.of(new SectorCode("design")),
        message,
        new Asker(
            askerName,
            new Email(askerName.toLowerCase().replaceAll("[^a-z]", "") + "@example.lu"),
            "Atelier " + askerName),
        Language.FR,
        true,
        trackingHash,
        at,
        Inquiry.dueDateFor(at, 5));
  }

  public static Recipient institution(String name, InquiryTopic... topics) {
    return new Recipient(
        RecipientId.newId(),
        Recipient.Kind.INSTITUTION,
        name,
        Optional.empty(),
        new Email(name.toLowerCase().replaceAll("[^a-z]", "") + "@example.lu"),
        "+352 26 00 00",
        Set.of(Language.DE, Language.FR),
        Set.of(topics),
        Set.of(),
        true);
  }

  public static Recipient expert(String name, MemberId member, SectorCode sector) {
    return new Recipient(
        RecipientId.newId(),
        Recipient.Kind.EXPERT,
        name,
        Optional.of(member),
        new Email(name.toLowerCase().replaceAll("[^a-z]", "") + "@example.lu"),
        "",
        Set.of(Language.EN),
        Set.of(InquiryTopic.PARTNERS, InquiryTopic.EVENTS),
        Set.of(sector),
        true);
  }
}
