package lu.creativecluster.adapter.rest.inquiry;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.CloseResultDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.FollowUpDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.StepDto;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos.SubmittedDto;
import lu.creativecluster.adapter.rest.json.ApplicationJsonb;
import org.junit.jupiter.api.Test;

/** The DTOs are written by the application's JSON-B (which reads public records only). */
class InquiryDtosTest {

  private final Jsonb jsonb = new ApplicationJsonb().getContext(SubmittedDto.class);

  @Test
  void theAnswersOfTheInquiryOperations_areWritten() {
    String submitted =
        jsonb.toJson(
            new SubmittedDto(
                "tok", "/api/v1/inquiries/tok", LocalDate.of(2026, 12, 7), "received"));
    assertTrue(submitted.contains("\"trackingToken\":\"tok\""), submitted);
    assertTrue(submitted.contains("\"dueDate\":\"2026-12-07\""), submitted);
    String step =
        jsonb.toJson(
            new StepDto(
                "received", "received", "visitor", Instant.parse("2026-11-30T10:00:00Z"), ""));
    assertTrue(step.contains("\"by\":\"visitor\""), step);
    String message =
        jsonb.toJson(new FollowUpDto("asker", Instant.parse("2026-11-30T10:00:00Z"), "Thanks"));
    assertTrue(message.contains("\"author\":\"asker\""), message);
    String closed = jsonb.toJson(new CloseResultDto(List.of("a"), Map.of("b", "status")));
    assertTrue(closed.contains("\"skipped\":{\"b\":\"status\"}"), closed);
  }
}
