package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.in.inquiry.StaffInboxUseCase;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;

/** Use case service: the staff inbox and one inquiry with its history. Staff only. */
@ApplicationScoped
@Transactional
public class StaffInboxService implements StaffInboxUseCase {

  private final Inquiries inquiries;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected StaffInboxService() {
    this(null, null);
  }

  @Inject
  public StaffInboxService(Inquiries inquiries, Clock clock) {
    this.inquiries = inquiries;
    this.clock = clock;
  }

  @Override
  public InboxPage inbox(Actor actor, InboxQuery query) {
    InquiryAccess.requireStaff(actor, "read the inquiry inbox");
    return inquiries.inbox(query, InquiryAccess.today(clock));
  }

  @Override
  public Inquiry inquiry(Actor actor, InquiryId id) {
    InquiryAccess.requireStaff(actor, "read inquiries");
    return InquiryAccess.load(inquiries, id);
  }

  @Override
  public boolean isOverdue(Inquiry inquiry) {
    return inquiry.isOverdue(InquiryAccess.today(clock));
  }
}
