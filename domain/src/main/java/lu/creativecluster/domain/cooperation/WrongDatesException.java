package lu.creativecluster.domain.cooperation;

/**
 * Domain exception: dates that cannot be, such as an end before the start or an application
 * deadline after a mission has begun.
 */
public class WrongDatesException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public WrongDatesException(String message) {
    super(message);
  }
}
