package lu.creativecluster.domain.mission;

/** Domain exception: the mission's application deadline is over. */
public class ApplicationDeadlinePassedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ApplicationDeadlinePassedException(String message) {
    super(message);
  }
}
