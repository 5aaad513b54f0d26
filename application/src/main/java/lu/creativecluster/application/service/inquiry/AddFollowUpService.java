package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.inquiry.AddFollowUpUseCase;
import lu.creativecluster.application.port.in.inquiry.AskerView;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.domain.inquiry.FollowUp;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryStatus;

/**
 * Use case service: the asker adds a message. A forwarded inquiry's recipient gets it by mail in
 * the same transaction, since it answers from its mailbox, not from the inbox.
 */
@ApplicationScoped
@Transactional
public class AddFollowUpService implements AddFollowUpUseCase {

  private final Inquiries inquiries;
  private final Recipients recipients;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected AddFollowUpService() {
    this(null, null, null, null, null);
  }

  @Inject
  public AddFollowUpService(
      Inquiries inquiries,
      Recipients recipients,
      MailOutbox outbox,
      MailTemplates templates,
      Clock clock) {
    this.inquiries = inquiries;
    this.recipients = recipients;
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  public AskerView addFollowUp(String trackingToken, String text) {
    Inquiry inquiry = InquiryAccess.byTrackingToken(inquiries, trackingToken);
    Instant now = clock.instant();
    inquiry.addFollowUp(FollowUp.Author.ASKER, text, InquiryAccess.ASKER, now);
    inquiries.save(inquiry);
    if (inquiry.status() == InquiryStatus.FORWARDED) {
      FollowUp added = inquiry.followUps().get(inquiry.followUps().size() - 1);
      inquiry
          .recipient()
          .flatMap(recipients::byId)
          .ifPresent(
              recipient ->
                  outbox.enqueue(
                      templates.inquiryFollowUp(
                          recipient.email(),
                          recipient.name(),
                          inquiry,
                          added.text(),
                          InquiryAccess.languageFor(recipient, inquiry.language())),
                      now));
    }
    return AskerView.of(inquiry);
  }
}
