package lu.creativecluster.application.port.in.account;

import lu.creativecluster.domain.account.Account;

/**
 * Use case: staff invite a member or staff account (only admins invite staff or admins); the
 * invitee gets a mail with a one-time link to choose a password.
 */
public interface InviteAccountUseCase {

  /**
   * @throws lu.creativecluster.application.port.in.access.AccessDeniedException if the actor may
   *     not invite this role
   * @throws AccountAlreadyExistsException if the address has an account
   */
  Account invite(InviteAccountCommand command);
}
