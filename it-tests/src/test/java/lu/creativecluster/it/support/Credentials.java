package lu.creativecluster.it.support;

/** Test infrastructure: what a person types into the sign-in form. */
public record Credentials(String email, String password) {

  @Override
  public String toString() {
    return "Credentials[" + email + "]";
  }
}
