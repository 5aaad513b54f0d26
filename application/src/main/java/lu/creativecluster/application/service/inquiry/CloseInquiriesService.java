package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesCommand;
import lu.creativecluster.application.port.in.inquiry.CloseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.CloseResult;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.InquiryStatus;

/**
 * Use case service: staff close inquiries, one or a selection from the inbox. Checked before any is
 * touched, so that one that may not be closed is reported, not thrown, and the others close.
 */
@ApplicationScoped
@Transactional
public class CloseInquiriesService implements CloseInquiriesUseCase {

  static final String NOT_FOUND = "not-found";
  static final String STATUS = "status";
  static final String REASON_REQUIRED = "reason-required";

  private final Inquiries inquiries;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected CloseInquiriesService() {
    this(null, null, null);
  }

  @Inject
  public CloseInquiriesService(Inquiries inquiries, AuditLog auditLog, Clock clock) {
    this.inquiries = inquiries;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public CloseResult close(CloseInquiriesCommand command) {
    InquiryAccess.requireStaff(command.actor(), "close inquiries");
    Instant now = clock.instant();
    List<InquiryId> closed = new ArrayList<>();
    Map<InquiryId, String> skipped = new LinkedHashMap<>();
    List<InquiryId> ids =
        command.ids().stream().sorted(Comparator.comparing(InquiryId::toString)).toList();
    for (InquiryId id : ids) {
      Optional<Inquiry> found = inquiries.byId(id);
      Optional<String> refusal =
          found.map(i -> refusal(i, command.note())).orElse(Optional.of(NOT_FOUND));
      if (refusal.isPresent()) {
        skipped.put(id, refusal.get());
        continue;
      }
      Inquiry inquiry = found.get();
      inquiry.close(command.actor().getName(), now, command.note());
      inquiries.save(inquiry);
      auditLog.append(
          AuditEvent.of(
              now,
              command.actor().getName(),
              AuditAction.INQUIRY_CLOSED,
              id.toString(),
              command.sourceAddress()));
      closed.add(id);
    }
    return new CloseResult(closed, skipped);
  }

  private static Optional<String> refusal(Inquiry inquiry, String note) {
    if (!inquiry.status().canMoveTo(InquiryStatus.CLOSED)) {
      return Optional.of(STATUS);
    }
    if (inquiry.status() != InquiryStatus.ANSWERED && note.isBlank()) {
      return Optional.of(REASON_REQUIRED);
    }
    return Optional.empty();
  }
}
