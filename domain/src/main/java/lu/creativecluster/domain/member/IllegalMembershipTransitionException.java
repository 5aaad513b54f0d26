package lu.creativecluster.domain.member;

/** Domain exception: a member was asked to move to a status its current one does not lead to. */
public class IllegalMembershipTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final MemberStatus from;
  private final MemberStatus to;

  public IllegalMembershipTransitionException(MemberId member, MemberStatus from, MemberStatus to) {
    super("member " + member + " cannot go from " + from + " to " + to);
    this.from = from;
    this.to = to;
  }

  public MemberStatus from() {
    return from;
  }

  public MemberStatus to() {
    return to;
  }
}
