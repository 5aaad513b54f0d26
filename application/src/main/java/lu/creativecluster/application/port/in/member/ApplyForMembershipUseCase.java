package lu.creativecluster.application.port.in.member;

/**
 * Use case: a visitor applies for membership. The application waits for staff as an applied member,
 * flagged when it probably duplicates an existing member.
 *
 * <p>The member account invitation is the caller's next step: the result carries the new member
 * (its id, contact e-mail and language come from the command) so the invitation can be sent in the
 * same request once that use case is wired here.
 */
public interface ApplyForMembershipUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException for partner systems
   */
  MembershipApplication apply(ApplyForMembershipCommand command);
}
