package lu.creativecluster.domain.mission;

/** Domain exception: the member has already applied to this mission (one application each). */
public class SecondApplicationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public SecondApplicationException(String message) {
    super(message);
  }
}
