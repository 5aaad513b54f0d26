package lu.creativecluster.adapter.rest.problem;

import java.util.List;

/** A request body could not be read, or fields of it are invalid; answered with 400 naming them. */
public class InvalidBodyException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient List<InvalidParam> invalidFields;

  public InvalidBodyException(List<InvalidParam> invalidFields) {
    // A client's mistake, never logged: no stack trace to fill in.
    super(summary(invalidFields), null, false, false);
    this.invalidFields = List.copyOf(invalidFields);
  }

  public List<InvalidParam> invalidFields() {
    return invalidFields;
  }

  private static String summary(List<InvalidParam> fields) {
    if (fields.isEmpty()) {
      throw new IllegalArgumentException("an invalid body names at least one field");
    }
    return fields.size() == 1
        ? fields.get(0).name() + ": " + fields.get(0).reason()
        : fields.size() + " fields are invalid; see invalidParams";
  }
}
