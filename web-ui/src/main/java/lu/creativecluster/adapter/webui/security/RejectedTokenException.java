package lu.creativecluster.adapter.webui.security;

/**
 * Security adapter: a bearer token was not accepted (bad signature, wrong issuer or audience,
 * expired, disallowed algorithm, or no trusted key configured). The message is for the server log
 * only; clients learn just {@code invalid_token}.
 */
public class RejectedTokenException extends Exception {

  private static final long serialVersionUID = 1L;

  public RejectedTokenException(String reason) {
    super(reason);
  }

  public RejectedTokenException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
