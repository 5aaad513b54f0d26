package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import lu.creativecluster.application.port.in.inquiry.AnonymiseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.InquirySettings;
import lu.creativecluster.application.port.in.inquiry.RemindOverdueInquiriesUseCase;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.port.out.inquiry.Recipients;
import lu.creativecluster.application.port.out.mail.MailOutbox;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.inquiry.Inquiry;

/**
 * Use case service: the inquiries' periodic jobs. Reminders: each forwarded inquiry past its due
 * date gets one reminder to its recipient; the mark and the mail are one transaction, so a reminder
 * is neither lost nor sent twice (two nodes running the job at once: the second one's save fails on
 * the version, and its whole transaction, mail included, rolls back). Anonymisation: inquiries
 * closed longer ago than the configured period lose their personal data.
 */
@ApplicationScoped
@Transactional
public class InquiryJobsService
    implements RemindOverdueInquiriesUseCase, AnonymiseInquiriesUseCase {

  /** One run handles at most this many; the next run takes the rest. */
  static final int BATCH = 200;

  private final Inquiries inquiries;
  private final Recipients recipients;
  private final MailOutbox outbox;
  private final MailTemplates templates;
  private final AuditLog auditLog;
  private final InquirySettings settings;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected InquiryJobsService() {
    this(null, null, null, null, null, null, null);
  }

  @Inject
  public InquiryJobsService(
      Inquiries inquiries,
      Recipients recipients,
      MailOutbox outbox,
      MailTemplates templates,
      AuditLog auditLog,
      InquirySettings settings,
      Clock clock) {
    this.inquiries = inquiries;
    this.recipients = recipients;
    this.outbox = outbox;
    this.templates = templates;
    this.auditLog = auditLog;
    this.settings = settings;
    this.clock = clock;
  }

  @Override
  public int remindOverdue() {
    Instant now = clock.instant();
    int reminded = 0;
    for (Inquiry inquiry : inquiries.overdueUnreminded(InquiryAccess.today(clock), BATCH)) {
      var recipient = inquiry.recipient().flatMap(recipients::byId);
      if (recipient.isEmpty()) {
        continue;
      }
      inquiry.markReminded(now);
      inquiries.save(inquiry);
      outbox.enqueue(
          templates.inquiryReminder(
              recipient.get().email(),
              recipient.get().name(),
              inquiry,
              InquiryAccess.languageFor(recipient.get(), inquiry.language())),
          now);
      reminded++;
    }
    return reminded;
  }

  @Override
  public int anonymiseExpired() {
    Instant now = clock.instant();
    Instant before =
        ZonedDateTime.ofInstant(now, Inquiry.LUXEMBOURG)
            .minus(settings.anonymiseAfter())
            .toInstant();
    int anonymised = 0;
    for (Inquiry inquiry : inquiries.closedBeforeNotAnonymised(before, BATCH)) {
      inquiry.anonymise(now);
      inquiries.save(inquiry);
      anonymised++;
    }
    if (anonymised > 0) {
      auditLog.append(
          AuditEvent.of(
              now, "system", AuditAction.INQUIRIES_ANONYMISED, Integer.toString(anonymised), ""));
    }
    return anonymised;
  }
}
