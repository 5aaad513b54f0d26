package lu.creativecluster.application.port.in.access;

/**
 * Contract exception: the actor is known but may not do this (a business rule, decided in the
 * application layer). Adapters answer 403, or 401 when the actor is a visitor.
 */
public class AccessDeniedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message);
  }
}
