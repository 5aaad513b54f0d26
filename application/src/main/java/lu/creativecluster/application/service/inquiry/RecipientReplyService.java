package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.inquiry.RecipientReplyUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientView;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.domain.inquiry.Inquiry;

/**
 * Use case service: a recipient answers or declines through its private link. The answer goes to
 * the asker by mail in the same transaction; a decline puts the inquiry back into triage.
 */
@ApplicationScoped
@Transactional
public class RecipientReplyService implements RecipientReplyUseCase {

  private final Inquiries inquiries;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected RecipientReplyService() {
    this(null, null, null, null);
  }

  @Inject
  public RecipientReplyService(
      Inquiries inquiries, MailOutbox outbox, MailTemplates templates, Clock clock) {
    this.inquiries = inquiries;
    this.outbox = outbox;
    this.templates = templates;
    this.clock = clock;
  }

  @Override
  @Transactional
  public RecipientView view(String recipientToken) {
    return RecipientView.of(InquiryAccess.byRecipientToken(inquiries, recipientToken));
  }

  @Override
  public RecipientView answer(String recipientToken, String text) {
    Inquiry inquiry = InquiryAccess.byRecipientToken(inquiries, recipientToken);
    Instant now = clock.instant();
    inquiry.answerAsRecipient(text, now);
    inquiries.save(inquiry);
    InquiryDecisionService.mailAnswer(outbox, templates, inquiry, now);
    return RecipientView.of(inquiry);
  }

  @Override
  public RecipientView decline(String recipientToken, String reason) {
    Inquiry inquiry = InquiryAccess.byRecipientToken(inquiries, recipientToken);
    inquiry.decline(clock.instant(), reason);
    inquiries.save(inquiry);
    return RecipientView.of(inquiry);
  }
}
