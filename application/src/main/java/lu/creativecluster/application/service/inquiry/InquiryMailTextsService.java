package lu.creativecluster.application.service.inquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import lu.creativecluster.application.port.in.inquiry.EditInquiryMailTextsUseCase;
import lu.creativecluster.application.port.in.inquiry.MailTextView;
import lu.creativecluster.application.port.out.audit.AuditLog;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.application.port.out.mail.MailTemplates;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.audit.AuditAction;
import lu.creativecluster.domain.audit.AuditEvent;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/** Use case service: admins read and reword the inquiry mails; every change is audited. */
@ApplicationScoped
@Transactional
public class InquiryMailTextsService implements EditInquiryMailTextsUseCase {

  private final InquiryMailTexts texts;
  private final MailTemplates templates;
  private final AuditLog auditLog;
  private final Clock clock;

  /** For CDI's client proxy only. */
  protected InquiryMailTextsService() {
    this(null, null, null, null);
  }

  @Inject
  public InquiryMailTextsService(
      InquiryMailTexts texts, MailTemplates templates, AuditLog auditLog, Clock clock) {
    this.texts = texts;
    this.templates = templates;
    this.auditLog = auditLog;
    this.clock = clock;
  }

  @Override
  public List<MailTextView> all(Actor actor) {
    InquiryAccess.requireAdmin(actor, "read the mail texts");
    // One read of the stored wordings, not one per kind and language.
    Map<InquiryMailKind, Map<Language, StoredMailText>> stored =
        new EnumMap<>(InquiryMailKind.class);
    for (StoredMailText text : texts.all()) {
      stored
          .computeIfAbsent(text.text().kind(), k -> new EnumMap<>(Language.class))
          .put(text.text().language(), text);
    }
    List<MailTextView> views = new ArrayList<>();
    for (InquiryMailKind kind : InquiryMailKind.values()) {
      for (Language language : Language.values()) {
        StoredMailText own = stored.getOrDefault(kind, Map.of()).get(language);
        views.add(own == null ? defaultView(kind, language) : customised(own));
      }
    }
    return views;
  }

  @Override
  public MailTextView one(Actor actor, InquiryMailKind kind, Language language) {
    InquiryAccess.requireAdmin(actor, "read the mail texts");
    return view(kind, language);
  }

  @Override
  public void save(Actor actor, InquiryMailText text, long expectedVersion) {
    InquiryAccess.requireAdmin(actor, "change the mail texts");
    texts.save(text, expectedVersion);
    audit(actor, text.kind(), text.language(), "saved");
  }

  @Override
  public void reset(Actor actor, InquiryMailKind kind, Language language, long expectedVersion) {
    InquiryAccess.requireAdmin(actor, "change the mail texts");
    texts.remove(kind, language, expectedVersion);
    audit(actor, kind, language, "reset");
  }

  private MailTextView view(InquiryMailKind kind, Language language) {
    return texts
        .find(kind, language)
        .map(InquiryMailTextsService::customised)
        .orElseGet(() -> defaultView(kind, language));
  }

  private static MailTextView customised(StoredMailText stored) {
    return new MailTextView(stored.text(), stored.version(), true);
  }

  private MailTextView defaultView(InquiryMailKind kind, Language language) {
    return new MailTextView(
        templates.defaultInquiryText(kind, language), InquiryMailTexts.NOT_STORED, false);
  }

  private void audit(Actor actor, InquiryMailKind kind, Language language, String what) {
    auditLog.append(
        AuditEvent.of(
            clock.instant(),
            actor.getName(),
            AuditAction.INQUIRY_MAIL_TEXT_CHANGED,
            "mail-text:" + kind.code() + ":" + language.code() + " " + what,
            ""));
  }
}
