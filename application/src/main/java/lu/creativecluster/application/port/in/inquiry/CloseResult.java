package lu.creativecluster.application.port.in.inquiry;

import java.util.List;
import java.util.Map;
import lu.creativecluster.domain.inquiry.InquiryId;

/**
 * Result of closing: which inquiries were closed, and why each of the others was not ({@code
 * not-found}, {@code status}, {@code reason-required}, {@code concurrent}).
 */
public record CloseResult(List<InquiryId> closed, Map<InquiryId, String> skipped) {

  public CloseResult {
    closed = List.copyOf(closed);
    skipped = Map.copyOf(skipped);
  }
}
