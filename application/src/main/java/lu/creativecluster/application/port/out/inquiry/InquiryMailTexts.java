package lu.creativecluster.application.port.out.inquiry;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/**
 * Outbound port: the inquiry mail texts admins have reworded. A kind and language without one here
 * is sent in the platform's default wording.
 */
public interface InquiryMailTexts {

  /** The version a text has before it is first saved: none is stored. */
  long NOT_STORED = -1;

  Optional<StoredMailText> find(InquiryMailKind kind, Language language);

  List<StoredMailText> all();

  /**
   * Stores the wording; {@code expectedVersion} is the version it was read at, or {@link
   * #NOT_STORED} for the first wording of this kind and language.
   *
   * @throws lu.creativecluster.application.port.out.account.ConcurrentUpdateException if the stored
   *     version differs (someone else saved or reset it meanwhile)
   */
  void save(InquiryMailText text, long expectedVersion);

  /**
   * Forgets the wording, so the default is sent again.
   *
   * @throws lu.creativecluster.application.port.out.account.ConcurrentUpdateException if the stored
   *     version differs, or none is stored
   */
  void remove(InquiryMailKind kind, Language language, long expectedVersion);
}
