package lu.creativecluster.domain.mission;

/**
 * Domain exception: every place on the mission is taken; a further member can only be wait-listed.
 */
public class MissionFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissionFullException(String message) {
    super(message);
  }
}
