package lu.creativecluster.application.port.in.account;

/** Contract exception: an account with this e-mail address exists already. */
public class AccountAlreadyExistsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccountAlreadyExistsException() {
    super("an account with this e-mail address exists already");
  }
}
