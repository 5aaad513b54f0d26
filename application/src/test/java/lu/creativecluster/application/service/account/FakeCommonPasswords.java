package lu.creativecluster.application.service.account;

import java.util.Locale;
import java.util.Set;
import lu.creativecluster.application.port.out.account.CommonPasswords;

/** Test fake of the {@link CommonPasswords} port: a short list, compared without case. */
final class FakeCommonPasswords implements CommonPasswords {

  static final String COMMON = "password1234";

  private final Set<String> listed = Set.of(COMMON, "qwertyuiop123");

  @Override
  public boolean isCommon(String password) {
    return listed.contains(password.toLowerCase(Locale.ROOT));
  }
}
