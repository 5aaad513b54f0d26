package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.AnswerInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.ForwardInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.RecipientNotFoundException;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.RejectInquiryUseCase;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryCommand;
import lu.creativecluster.application.port.in.inquiry.TriageInquiryUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.inquiry.Asker;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.inquiry.RecipientId;

/**
 * Use case service: what staff decide on one inquiry in triage: choose a recipient, forward, answer
 * directly, reject. Staff only. Each decision, the mail it causes (through the outbox) and its
 * audit line are one transaction.
 */
@ApplicationScoped
@Transactional
public class InquiryDecisionService
    implements TriageInquiryUseCase,
        ForwardInquiryUseCase,
        AnswerInquiryUseCase,
        RejectInquiryUseCase {

  private final Inquiries inquiries;
  private final Recipients recipients;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected InquiryDecisionService() {
    this(null, null, null, null, null, null);
  }

  @Inject
  public InquiryDecisionService(
      Inquiries inquiries,
      Recipients recipients,
      MailOutbox outbox,
      MailTemplates templates,
      AuditLog auditLog,
      Clock clock) {
    this.inquiries = inquiries;
    this.recipients = recipients;
    this.outbox = outbox;
    this.templates = templates;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public Inquiry triage(TriageInquiryCommand command) {
    InquiryAccess.requireStaff(command.actor(), "triage inquiries");
    Inquiry inquiry = InquiryAccess.load(inquiries, command.id());
    command.recipient().ifPresent(this::activeRecipient);
    Instant now = clock.instant();
    inquiry.triage(command.recipient(), command.actor().getName(), now, command.note());
    inquiries.save(inquiry);
    audit(command.actor(), AuditAction.INQUIRY_TRIAGED, inquiry, command.sourceAddress(), now);
    return inquiry;
  }

  @Override
  public Inquiry forward(ForwardInquiryCommand command) {
    InquiryAccess.requireStaff(command.actor(), "forward inquiries");
    Inquiry inquiry = InquiryAccess.load(inquiries, command.id());
    Recipient recipient = activeRecipient(command.recipient());
    Instant now = clock.instant();
    String secret = LinkSecrets.newSecret();
    inquiry.forwardTo(
        recipient.id(), LinkSecrets.hashOf(secret), command.actor().getName(), now, command.note());
    inquiries.save(inquiry);
    outbox.enqueue(
        templates.inquiryForwarded(
            recipient.email(),
            recipient.name(),
            inquiry,
            secret,
            InquiryAccess.languageFor(recipient, inquiry.language())),
        now);
    audit(command.actor(), AuditAction.INQUIRY_FORWARDED, inquiry, command.sourceAddress(), now);
    return inquiry;
  }

  @Override
  public Inquiry answer(AnswerInquiryCommand command) {
    InquiryAccess.requireStaff(command.actor(), "answer inquiries");
    Inquiry inquiry = InquiryAccess.load(inquiries, command.id());
    Instant now = clock.instant();
    inquiry.answerDirectly(command.text(), command.actor().getName(), now);
    inquiries.save(inquiry);
    mailAnswer(outbox, templates, inquiry, now);
    audit(command.actor(), AuditAction.INQUIRY_ANSWERED, inquiry, command.sourceAddress(), now);
    return inquiry;
  }

  @Override
  public Inquiry reject(RejectInquiryCommand command) {
    InquiryAccess.requireStaff(command.actor(), "reject inquiries");
    Inquiry inquiry = InquiryAccess.load(inquiries, command.id());
    Instant now = clock.instant();
    inquiry.reject(command.actor().getName(), now, command.reason());
    inquiries.save(inquiry);
    audit(command.actor(), AuditAction.INQUIRY_REJECTED, inquiry, command.sourceAddress(), now);
    return inquiry;
  }

  /** The asker gets the answer by mail, in their language. */
  static void mailAnswer(MailOutbox outbox, MailTemplates templates, Inquiry inquiry, Instant now) {
    Asker asker = inquiry.asker().orElseThrow();
    String text = inquiry.answer().orElseThrow().text();
    outbox.enqueue(
        templates.inquiryAnswered(asker.email(), asker.name(), text, inquiry.language()), now);
  }

  private Recipient activeRecipient(RecipientId id) {
    return recipients
        .byId(id)
        .filter(Recipient::active)
        .orElseThrow(() -> new RecipientNotFoundException(id.toString()));
  }

  private void audit(
      Actor actor, String action, Inquiry inquiry, String sourceAddress, Instant now) {
    auditLog.append(
        AuditEvent.of(now, actor.getName(), action, inquiry.id().toString(), sourceAddress));
  }
}
