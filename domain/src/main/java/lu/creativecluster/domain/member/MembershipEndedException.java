package lu.creativecluster.domain.member;

/**
 * Domain exception: the record was merged into another or erased, so it no longer changes. Adapters
 * answer 409 (and may point to the survivor of a merge).
 */
public class MembershipEndedException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  private final MemberStatus status;

  public MembershipEndedException(MemberId member, MemberStatus status) {
    super("member " + member + " is " + status + " and no longer changes");
    this.status = status;
  }

  public MemberStatus status() {
    return status;
  }
}
