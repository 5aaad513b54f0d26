package lu.creativecluster.application.port.out.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.in.inquiry.InboxPage;
import lu.creativecluster.application.port.in.inquiry.InboxQuery;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.shared.Email;

/**
 * Outbound port: where inquiries are kept, with their history and follow-ups. Semantics pinned by
 * {@code AbstractInquiriesContractTest}.
 */
public interface Inquiries {

  void add(Inquiry inquiry);

  /**
   * Saves the inquiry's new state; the stored version must be the one it was read at.
   *
   * @throws ConcurrentUpdateException if it was changed since it was read
   */
  void save(Inquiry inquiry);

  Optional<Inquiry> byId(InquiryId id);

  /** The inquiry whose tracking secret has this hash; empty once anonymised. */
  Optional<Inquiry> byTrackingHash(String hash);

  /**
   * The same inquiry, for reading only: the caller shows it and never saves it, so an adapter may
   * read it in one statement and keep nothing of it for a change check at commit (the asker's
   * tracking page is read far more often than anything is written).
   */
  default Optional<Inquiry> readByTrackingHash(String hash) {
    return byTrackingHash(hash);
  }

  /**
   * A value that changes whenever an inquiry is added or saved, as {@link #readByTrackingHash}
   * would see it: what a caller keeps made from tracking reads stays right while this value stands.
   * An adapter shared by several servers may tell a change made on another server as late as its
   * tracking read would (the JPA adapter: within a second). Read it before the reads it stands for,
   * outside any transaction that writes inquiries.
   */
  Object trackingStamp();

  /** The inquiry whose current recipient link has this hash. */
  Optional<Inquiry> byRecipientLinkHash(String hash);

  /**
   * The staff inbox: filters AND-ed; {@code q} matches (case-insensitively, as a substring) the
   * message, the asker's name, address or organisation; {@code overdue} means still awaiting an
   * answer after its due date, as of {@code today}. Newest first, paged.
   */
  InboxPage inbox(InboxQuery query, LocalDate today);

  /** Forwarded inquiries past their due date ({@code dueDate < today}) never reminded yet. */
  List<Inquiry> overdueUnreminded(LocalDate today, int max);

  /** Closed or rejected inquiries, not yet anonymised, closed before the moment; oldest first. */
  List<Inquiry> closedBeforeNotAnonymised(Instant before, int max);

  /** Every inquiry received in {@code [from, to)}, for the figures. */
  List<Inquiry> receivedBetween(Instant from, Instant to);

  /** The inquiries this address asked, for a person's data export; newest first. */
  List<Inquiry> byAskerEmail(Email email);
}
