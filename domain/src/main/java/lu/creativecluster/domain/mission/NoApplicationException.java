package lu.creativecluster.domain.mission;

/** Domain exception: the member has not applied to this mission. */
public class NoApplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NoApplicationException(String message) {
    super(message);
  }
}
