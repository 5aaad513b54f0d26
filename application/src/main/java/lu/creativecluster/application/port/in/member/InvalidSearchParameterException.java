package lu.creativecluster.application.port.in.member;

/**
 * Contract exception: a search parameter is malformed or names something unknown. Adapters answer
 * 400 naming {@link #parameter()}.
 */
public class InvalidSearchParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String parameter;
  private final String value;

  public InvalidSearchParameterException(String parameter, String value, String problem) {
    super("search parameter " + parameter + " " + problem);
    this.parameter = parameter;
    this.value = value == null ? "" : value;
  }

  /** The parameter's name as in the URL ({@code sector}, {@code size}). */
  public String parameter() {
    return parameter;
  }

  /** The value as given, possibly malformed; do not echo it unescaped. */
  public String value() {
    return value;
  }
}
