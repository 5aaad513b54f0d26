package lu.creativecluster.domain.mission;

/**
 * Domain exception: a mission was asked to move to a status its current one does not lead to, or to
 * change in a status that allows no change.
 */
public class IllegalMissionTransitionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public IllegalMissionTransitionException(String message) {
    super(message);
  }
}
