package lu.creativecluster.application.port.in.inquiry;

import java.util.List;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/**
 * Use case: admins reword the mails of the inquiry process (per kind and language). A change
 * applies to mails written from then on; mails already in the outbox keep their text.
 */
public interface EditInquiryMailTextsUseCase {

  /** Every kind in every language, in enum order, then de, fr, en. */
  List<MailTextView> all(Actor actor);

  MailTextView one(Actor actor, InquiryMailKind kind, Language language);

  /**
   * @param expectedVersion the version the admin read ({@code NOT_STORED} for a default)
   * @throws lu.creativecluster.application.port.out.account.ConcurrentUpdateException if someone
   *     else changed it since
   */
  void save(Actor actor, InquiryMailText text, long expectedVersion);

  /** Back to the platform's default wording. */
  void reset(Actor actor, InquiryMailKind kind, Language language, long expectedVersion);
}
