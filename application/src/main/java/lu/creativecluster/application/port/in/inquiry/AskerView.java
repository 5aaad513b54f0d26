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
 * Read model: what the asker sees through the tracking link: their own message, the status, the
 * answer and the follow-ups; never staff notes nor who the inquiry was forwarded to.
 */
public record AskerView(
    InquiryKind kind,
    InquiryTopic topic,
    String message,
    Language language,
    InquiryStatus status,
    Instant receivedAt,
    LocalDate dueDate,
    Optional<String> answer,
    Optional<Instant> answeredAt,
    List<FollowUp> followUps) {

  public AskerView {
    followUps = List.copyOf(followUps);
  }

  public static AskerView of(Inquiry inquiry) {
    return new AskerView(
        inquiry.kind(),
        inquiry.topic(),
        inquiry.message(),
        inquiry.language(),
        inquiry.status(),
        inquiry.receivedAt(),
        inquiry.dueDate(),
        inquiry.answer().map(a -> a.text()),
        inquiry.answer().map(a -> a.at()),
        inquiry.followUps());
  }
}
