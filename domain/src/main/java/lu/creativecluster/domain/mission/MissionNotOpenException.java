package lu.creativecluster.domain.mission;

/** Domain exception: the mission takes no applications in its current status. */
public class MissionNotOpenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public MissionNotOpenException(String message) {
    super(message);
  }
}
