package lu.creativecluster.domain.mission;

/**
 * Domain exception: an application cannot take that decision in its current status (a withdrawn one
 * cannot be selected, an outcome needs a selected participant).
 */
public class IllegalApplicationTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IllegalApplicationTransitionException(String message) {
    super(message);
  }
}
