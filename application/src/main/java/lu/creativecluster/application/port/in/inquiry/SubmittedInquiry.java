package lu.creativecluster.application.port.in.inquiry;

import java.time.LocalDate;
import lu.creativecluster.domain.inquiry.InquiryId;

/**
 * Result: the inquiry was stored and its confirmation mail queued. The tracking token is the secret
 * of the asker's link; it is not stored anywhere, so this is the only place to read it besides the
 * mail.
 */
public record SubmittedInquiry(InquiryId id, String trackingToken, LocalDate dueDate) {}
