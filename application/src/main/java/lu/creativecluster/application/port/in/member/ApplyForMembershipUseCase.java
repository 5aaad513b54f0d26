package lu.creativecluster.application.port.in.member;

/**
 * Use case: a visitor applies for membership. The application waits for staff as an applied member,
 * flagged when it probably duplicates an existing member.
 *
 * <p>Applying also invites the applicant to a member account at the address given (unless that
 * address has an account already): the invitation mail, in the command's language, carries the link
 * to choose a password, and the account owns the new record.
 */
public interface ApplyForMembershipUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException for partner systems
   */
  MembershipApplication apply(ApplyForMembershipCommand command);
}
