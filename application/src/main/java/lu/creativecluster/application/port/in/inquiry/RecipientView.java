package lu.creativecluster.application.port.in.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryKind;
import lu.creativecluster.domain.inquiry.InquiryStatus;
import lu.creativecluster.domain.inquiry.InquiryTopic;
import lu.creativecluster.domain.shared.Language;

/**
 * Read model: what a recipient sees through its link: the inquiry, who asked (name and
 * organisation, not the address: the answer goes through the platform), the due date and, once
 * given, the answer.
 */
public record RecipientView(
    InquiryKind kind,
    InquiryTopic topic,
    String message,
    String askerName,
    String askerOrganisation,
    Language language,
    InquiryStatus status,
    Instant receivedAt,
    LocalDate dueDate,
    Optional<String> answer,
    List<FollowUp> followUps) {

  public RecipientView {
    followUps = List.copyOf(followUps);
  }

  public static RecipientView of(Inquiry inquiry) {
    return new RecipientView(
        inquiry.kind(),
        inquiry.topic(),
        inquiry.message(),
        inquiry.asker().map(a -> a.name()).orElse(""),
        inquiry.asker().map(a -> a.organisation()).orElse(""),
        inquiry.language(),
        inquiry.status(),
        inquiry.receivedAt(),
        inquiry.dueDate(),
        inquiry.answer().map(a -> a.text()),
        inquiry.followUps());
  }

  /** The recipient can still answer or decline. */
  public boolean awaitingReply() {
    return status == InquiryStatus.FORWARDED;
  }
}
