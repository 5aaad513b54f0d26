package lu.creativecluster.domain.member;

/** Domain exception: a decision that must say why (reject, suspend) came without a reason. */
public class MissingReasonException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public MissingReasonException(MemberStatus target) {
    super("moving a member to " + target + " needs a reason");
  }
}
