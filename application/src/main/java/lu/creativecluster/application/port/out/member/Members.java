package lu.creativecluster.application.port.out.member;

import java.util.List;
import java.util.Optional;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.domain.member.Member;
import lu.creativecluster.domain.member.MemberId;
import lu.creativecluster.domain.member.MemberStatus;
import lu.creativecluster.domain.member.Slug;

/**
 * Outbound port: where member records are kept, in every status (merged and erased records stay,
 * for their history and the cluster's figures).
 */
public interface Members {

  Optional<Member> byId(MemberId id);

  Optional<Member> bySlug(Slug slug);

  boolean slugTaken(Slug slug);

  /**
   * Stores a new member at version 0.
   *
   * @throws DuplicateSlugException if another member has its slug
   */
  void add(Member member);

  /**
   * Stores new members at version 0, as {@link #add} does for each, in one write: for an import,
   * whose rows were checked together. This default adds them one by one; adapters write them at
   * once.
   *
   * @throws DuplicateSlugException if another member has the slug of one of them
   */
  default void addAll(List<Member> members) {
    members.forEach(this::add);
  }

  /**
   * Saves a changed member; the stored version goes up by one.
   *
   * @throws ConcurrentUpdateException if it changed since it was read (its version differs)
   */
  void save(Member member);

  /** The members in this status, oldest application first. */
  List<Member> byStatus(MemberStatus status);

  /**
   * Members that might duplicate {@code member}: at least every record, other than itself and not
   * merged or erased, that {@link lu.creativecluster.domain.member.DuplicateDetector} would flag
   * (same e-mail, same website host, similar name). Adapters may return more; the detector decides.
   */
  List<Member> duplicateCandidatesFor(Member member);

  /**
   * The records this account manages, other than merged or erased ones, oldest application first.
   * This default reads every such record; adapters answer from an index.
   */
  default List<Member> byOwner(lu.creativecluster.domain.account.AccountId account) {
    return java.util.stream.Stream.of(
            MemberStatus.APPLIED,
            MemberStatus.ACTIVE,
            MemberStatus.SUSPENDED,
            MemberStatus.LEFT,
            MemberStatus.REJECTED)
        .flatMap(status -> byStatus(status).stream())
        .filter(member -> member.isOwnedBy(account))
        .sorted(java.util.Comparator.comparing(Member::appliedAt))
        .toList();
  }
}
