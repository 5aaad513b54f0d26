package lu.creativecluster.application.port.in.account;

/**
 * Use case: someone asks for a password reset. An active account gets a mail with a one-time link;
 * for any other address nothing happens, and the caller cannot tell the difference.
 */
public interface RequestPasswordResetUseCase {

  void requestReset(RequestPasswordResetCommand command);
}
