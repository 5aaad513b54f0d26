package lu.creativecluster.application.port.out.mail;

/** The mail server did not accept a mail (unreachable, refused). Worth retrying. */
public class MailDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MailDeliveryException(String message, Throwable cause) {
    super(message, cause);
  }
}
