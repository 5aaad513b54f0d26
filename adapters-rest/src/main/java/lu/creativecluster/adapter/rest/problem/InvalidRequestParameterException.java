package lu.creativecluster.adapter.rest.problem;

import java.util.List;

/** A request parameter could not be read; answered with 400 naming the parameter. */
public class InvalidRequestParameterException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InvalidParam> invalidParams;

  public InvalidRequestParameterException(String name, String reason) {
    // A client's mistake, answered with a 400 and never logged: filling in a stack trace would only
    // cost every refused request time.
    super(name + ": " + reason, null, false, false);
    this.invalidParams = List.of(new InvalidParam(name, reason));
  }

  public List<InvalidParam> invalidParams() {
    return invalidParams;
  }
}
