package lu.creativecluster.application.port.out.account;

/** An account with this e-mail address is stored already (a unique constraint caught it). */
public class DuplicateAccountException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public DuplicateAccountException(Throwable cause) {
    super("an account with this e-mail address exists", cause);
  }
}
