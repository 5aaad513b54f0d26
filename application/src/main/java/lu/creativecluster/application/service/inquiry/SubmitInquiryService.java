package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.inquiry.InquirySettings;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.SubmitInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.SubmittedInquiry;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;

/**
 * Use case service: a visitor asks. The inquiry (with the hash of its tracking secret) and the
 * confirmation mail carrying the secret are written in one transaction: either both or neither.
 */
@ApplicationScoped
@Transactional
public class SubmitInquiryService implements SubmitInquiryUseCase {

  private final Inquiries inquiries;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final InquirySettings settings;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected SubmitInquiryService() {
    this(null, null, null, null, null);
  }

  @Inject
  public SubmitInquiryService(
      Inquiries inquiries,
      MailOutbox outbox,
      MailTemplates templates,
      InquirySettings settings,
      Clock clock) {
    this.inquiries = inquiries;
    this.outbox = outbox;
    this.templates = templates;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public SubmittedInquiry submit(SubmitInquiryCommand command) {
    Instant now = clock.instant();
    Asker asker = new Asker(command.name(), command.email(), command.organisation());
    String secret = LinkSecrets.newSecret();
    Inquiry inquiry =
        Inquiry.receive(
            InquiryId.newId(),
            command.kind(),
            command.topic(),
            command.sector(),
            command.message(),
            asker,
            command.language(),
            command.consent(),
            LinkSecrets.hashOf(secret),
            now,
            Inquiry.dueDateFor(now, settings.responseWorkingDays()));
    inquiries.add(inquiry);
    outbox.enqueue(
        templates.inquiryReceived(
            asker.email(), asker.name(), secret, inquiry.dueDate(), inquiry.language()),
        now);
    return new SubmittedInquiry(inquiry.id(), secret, inquiry.dueDate());
  }
}
