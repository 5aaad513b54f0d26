package lu.creativecluster.adapter.rest.inquiry;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import lu.creativecluster.adapter.rest.list.ListEnvelope;
import lu.creativecluster.adapter.rest.list.PageDto;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.in.inquiry.InquiryFigures;
import lu.creativecluster.application.port.in.inquiry.RecipientView;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryStep;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.shared.Language;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * REST DTOs of the inquiry operations: what askers, recipients and staff read and send. Records
 * built by {@code from(...)}; they carry codes and strings, never domain types.
 */
public final class InquiryDtos {

  private InquiryDtos() {}

  /** REST DTO: what a visitor sends to ask or offer something. */
  @Schema(name = "InquirySubmission")
  public record SubmissionDto(
      @Schema(
              required = true,
              enumeration = {"question", "offer"})
          String kind,
      @Schema(
              required = true,
              enumeration = {
                "intellectual-property",
                "funding",
                "export",
                "crafts",
                "legal-status",
                "partners",
                "events",
                "other"
              })
          String topic,
      @Schema(description = "Optional sector code (GET /api/v1/sectors)", example = "design")
          String sector,
      @Schema(required = true, maxLength = Inquiry.MAX_MESSAGE) String message,
      @Schema(required = true, maxLength = 120) String name,
      @Schema(required = true, example = "ana@example.lu") String email,
      @Schema(maxLength = 160) String organisation,
      @Schema(
              required = true,
              enumeration = {"de", "fr", "en"})
          String language,
      @Schema(
              required = true,
              description = "Consent to the processing of the personal data; must be true")
          Boolean consent,
      @Schema(description = "Leave empty: a trap for robots (a filled one is refused)")
          String website) {}

  /** REST DTO: an accepted submission. */
  @Schema(name = "SubmittedInquiry")
  public record SubmittedDto(
      @Schema(
              required = true,
              description =
                  "The asker's private tracking token; shown once here and in the confirmation"
                      + " mail, stored only as a hash")
          String trackingToken,
      @Schema(required = true, description = "Where the asker follows the inquiry") String tracking,
      @Schema(required = true, description = "The answer is due by this day") LocalDate dueDate,
      @Schema(required = true) String status) {}

  /** REST DTO: a further message of the asker. */
  @Schema(name = "InquiryMessage")
  public record MessageInputDto(
      @Schema(required = true, maxLength = FollowUp.MAX_TEXT) String message) {}

  /** REST DTO: a message on an inquiry. */
  @Schema(name = "InquiryFollowUp")
  public record FollowUpDto(
      @Schema(
              required = true,
              enumeration = {"asker", "staff"})
          String author,
      @Schema(required = true) Instant at,
      @Schema(required = true) String text) {

    static FollowUpDto from(FollowUp f) {
      return new FollowUpDto(
          f.author().name().toLowerCase(java.util.Locale.ROOT), f.at(), f.text());
    }

    static List<FollowUpDto> all(List<FollowUp> followUps) {
      return followUps.stream().map(FollowUpDto::from).toList();
    }
  }

  /** REST DTO: what the asker sees through the tracking token. */
  @Schema(name = "TrackedInquiry")
  public record AskerViewDto(
      @Schema(required = true) String kind,
      @Schema(required = true) String topic,
      @Schema(required = true) String message,
      @Schema(required = true) String language,
      @Schema(
              required = true,
              enumeration = {"received", "triaged", "forwarded", "answered", "closed", "rejected"})
          String status,
      @Schema(required = true) Instant receivedAt,
      @Schema(required = true) LocalDate dueDate,
      @Schema(description = "The answer, once given") String answer,
      Instant answeredAt,
      @Schema(required = true) List<FollowUpDto> followUps) {

    static AskerViewDto from(AskerView v) {
      return new AskerViewDto(
          v.kind().code(),
          v.topic().code(),
          v.message(),
          v.language().code(),
          v.status().code(),
          v.receivedAt(),
          v.dueDate(),
          v.answer().orElse(null),
          v.answeredAt().orElse(null),
          FollowUpDto.all(v.followUps()));
    }
  }

  /** REST DTO: what a recipient sees through its private link. */
  @Schema(name = "ForwardedInquiry")
  public record RecipientViewDto(
      @Schema(required = true) String kind,
      @Schema(required = true) String topic,
      @Schema(required = true) String message,
      @Schema(required = true) String askerName,
      @Schema(required = true) String askerOrganisation,
      @Schema(required = true) String language,
      @Schema(required = true) String status,
      @Schema(required = true) Instant receivedAt,
      @Schema(required = true) LocalDate dueDate,
      String answer,
      @Schema(required = true) List<FollowUpDto> followUps,
      @Schema(required = true, description = "Whether the recipient can still answer or decline")
          boolean awaitingReply) {

    static RecipientViewDto from(RecipientView v) {
      return new RecipientViewDto(
          v.kind().code(),
          v.topic().code(),
          v.message(),
          v.askerName(),
          v.askerOrganisation(),
          v.language().code(),
          v.status().code(),
          v.receivedAt(),
          v.dueDate(),
          v.answer().orElse(null),
          FollowUpDto.all(v.followUps()),
          v.awaitingReply());
    }
  }

  /** REST DTO: a text sent with an action (answer, decline reason, staff note). */
  @Schema(name = "InquiryText")
  public record TextInputDto(@Schema(maxLength = 10000) String text) {}

  /** REST DTO: one inquiry in the staff inbox. */
  @Schema(name = "InquirySummary")
  public record SummaryDto(
      @Schema(required = true) String id,
      @Schema(required = true) String kind,
      @Schema(required = true) String topic,
      String sector,
      @Schema(required = true) String status,
      @Schema(required = true) Instant receivedAt,
      @Schema(required = true) LocalDate dueDate,
      @Schema(required = true, description = "Still awaiting an answer after its due date")
          boolean overdue,
      @Schema(description = "The recipient chosen or forwarded to") String recipient,
      @Schema(description = "Empty once anonymised") String askerName,
      @Schema(required = true, description = "The first 200 characters of the message")
          String excerpt) {

    static SummaryDto from(Inquiry i, boolean overdue) {
      String message = i.message();
      return new SummaryDto(
          i.id().toString(),
          i.kind().code(),
          i.topic().code(),
          i.sector().map(s -> s.value()).orElse(null),
          i.status().code(),
          i.receivedAt(),
          i.dueDate(),
          overdue,
          i.recipient().map(Object::toString).orElse(null),
          i.asker().map(a -> a.name()).orElse(""),
          message.length() > 200 ? message.substring(0, 200) : message);
    }
  }

  /** REST DTO: the list envelope of the staff inbox, named for the OpenAPI document. */
  @Schema(name = "InquiryList")
  public static final class InquiryList extends ListEnvelope<SummaryDto> {
    private InquiryList() {
      super(List.of(), new PageDto(0, 1, 0L, 0L), null);
    }
  }

  /** REST DTO: who asked (empty once anonymised). */
  @Schema(name = "InquiryAsker")
  public record AskerDto(String name, String email, String organisation) {}

  /** REST DTO: the answer an inquiry got. */
  @Schema(name = "InquiryAnswer")
  public record AnswerDto(
      @Schema(required = true) String text,
      @Schema(required = true) String by,
      String recipient,
      @Schema(required = true) Instant at) {}

  /** REST DTO: one step of an inquiry's history. */
  @Schema(name = "InquiryStep")
  public record StepDto(
      @Schema(required = true) String kind,
      @Schema(required = true) String status,
      @Schema(required = true) String by,
      @Schema(required = true) Instant at,
      @Schema(required = true) String why) {

    static StepDto from(InquiryStep s) {
      return new StepDto(s.kind().code(), s.status().code(), s.by(), s.at(), s.why());
    }
  }

  /** REST DTO: an inquiry as staff see it, with its history. */
  @Schema(name = "Inquiry")
  public record DetailDto(
      @Schema(required = true) String id,
      @Schema(required = true) String kind,
      @Schema(required = true) String topic,
      String sector,
      @Schema(required = true) String message,
      AskerDto asker,
      @Schema(required = true) String language,
      @Schema(required = true) String status,
      @Schema(required = true) Instant receivedAt,
      @Schema(required = true) LocalDate dueDate,
      @Schema(required = true) boolean overdue,
      String recipient,
      AnswerDto answer,
      Instant closedAt,
      @Schema(required = true) List<FollowUpDto> followUps,
      @Schema(required = true) List<StepDto> history) {

    static DetailDto from(Inquiry i, boolean overdue) {
      return new DetailDto(
          i.id().toString(),
          i.kind().code(),
          i.topic().code(),
          i.sector().map(s -> s.value()).orElse(null),
          i.message(),
          i.asker()
              .map(a -> new AskerDto(a.name(), a.email().value(), a.organisation()))
              .orElse(null),
          i.language().code(),
          i.status().code(),
          i.receivedAt(),
          i.dueDate(),
          overdue,
          i.recipient().map(Object::toString).orElse(null),
          i.answer()
              .map(
                  a ->
                      new AnswerDto(
                          a.text(),
                          a.by(),
                          a.recipient().map(Object::toString).orElse(null),
                          a.at()))
              .orElse(null),
          i.closedAt().orElse(null),
          FollowUpDto.all(i.followUps()),
          i.history().stream().map(StepDto::from).toList());
    }
  }

  /** REST DTO: staff choose who should answer (triage) or forward to. */
  @Schema(name = "InquiryRouting")
  public record RoutingInputDto(
      @Schema(description = "Recipient id; required to forward, optional to triage")
          String recipient,
      @Schema(maxLength = InquiryStep.MAX_WHY) String note) {}

  /** REST DTO: bulk close. */
  @Schema(name = "InquiryClosing")
  public record CloseInputDto(
      @Schema(required = true, description = "1 to 200 inquiry ids") List<String> ids,
      @Schema(
              maxLength = InquiryStep.MAX_WHY,
              description = "Why; required for an inquiry that was not answered")
          String note) {}

  /** REST DTO: what a bulk close did. */
  @Schema(name = "InquiryCloseResult")
  public record CloseResultDto(
      @Schema(required = true) List<String> closed,
      @Schema(
              required = true,
              description =
                  "Per inquiry not closed, why: not-found, status, reason-required, concurrent")
          Map<String, String> skipped) {}

  /** REST DTO: a competent body or expert inquiries are forwarded to. */
  @Schema(name = "InquiryRecipient")
  public record RecipientDto(
      @Schema(required = true) String id,
      @Schema(
              required = true,
              enumeration = {"institution", "expert"})
          String kind,
      @Schema(required = true) String name,
      @Schema(required = true) String email,
      String phone,
      @Schema(required = true) List<String> languages,
      @Schema(required = true) List<String> topics,
      @Schema(required = true) List<String> sectors,
      @Schema(required = true) boolean active) {

    static RecipientDto from(Recipient r) {
      return new RecipientDto(
          r.id().toString(),
          r.kind().code(),
          r.name(),
          r.email().value(),
          r.phone(),
          r.languages().stream().map(Language::code).sorted().toList(),
          r.topics().stream().map(t -> t.code()).sorted().toList(),
          r.sectors().stream().map(s -> s.value()).sorted().toList(),
          r.active());
    }
  }

  /** REST DTO: the list envelope of recipients, named for the OpenAPI document. */
  @Schema(name = "InquiryRecipientList")
  public static final class RecipientList extends ListEnvelope<RecipientDto> {
    private RecipientList() {
      super(List.of(), new PageDto(0, 1, 0L, 0L), null);
    }
  }

  /** REST DTO: the routing suggestion for one inquiry. */
  @Schema(name = "InquirySuggestion")
  public record SuggestionDto(
      @Schema(description = "The recipient the most specific routing rule names")
          RecipientDto recipient,
      @Schema(
              required = true,
              description = "For an offer: the slugs of matching active members, best first")
          List<String> members) {}

  /** REST DTO: one row of figures. */
  @Schema(name = "InquiryFigure")
  public record FigureDto(
      @Schema(required = true) long received,
      @Schema(required = true) long answered,
      @Schema(description = "Median time to answer, ISO 8601 duration") String median,
      @Schema(description = "90th percentile of the time to answer, ISO 8601 duration")
          String p90) {

    static FigureDto from(InquiryFigures.Figure f) {
      return new FigureDto(
          f.received(),
          f.answered(),
          f.median().map(Duration::toString).orElse(null),
          f.p90().map(Duration::toString).orElse(null));
    }
  }

  /** REST DTO: the service figures of a period. */
  @Schema(name = "InquiryFigures")
  public record FiguresDto(
      @Schema(required = true) Instant from,
      @Schema(required = true) Instant to,
      @Schema(required = true) FigureDto total,
      @Schema(required = true, description = "By topic code") Map<String, FigureDto> byTopic,
      @Schema(required = true, description = "By recipient id") Map<String, FigureDto> byRecipient,
      @Schema(required = true, description = "By month of receipt, yyyy-MM")
          Map<String, FigureDto> byMonth) {

    static FiguresDto from(InquiryFigures f, Instant from, Instant to) {
      Map<String, FigureDto> topics = new LinkedHashMap<>();
      f.byTopic().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> topics.put(e.getKey().code(), FigureDto.from(e.getValue())));
      Map<String, FigureDto> recipients = new TreeMap<>();
      f.byRecipient().forEach((k, v) -> recipients.put(k.toString(), FigureDto.from(v)));
      Map<String, FigureDto> months = new TreeMap<>();
      f.byMonth().forEach((k, v) -> months.put(k.toString(), FigureDto.from(v)));
      return new FiguresDto(from, to, FigureDto.from(f.total()), topics, recipients, months);
    }
  }
}
