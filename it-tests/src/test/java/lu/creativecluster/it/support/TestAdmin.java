package lu.creativecluster.it.support;

import java.security.SecureRandom;
import java.util.Base64;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Test infrastructure: the first admin the platform creates from configuration on a production
 * start. Its password is made afresh for each run and handed to the server as the system property
 * {@code cluster.admin.password} (arquillian.xml reads {@code it.admin.password}), so it is never
 * written down; the address comes from failsafe (CLUSTER_ADMIN_EMAIL).
 */
public class TestAdmin implements LauncherSessionListener {

  static final String PASSWORD_PROPERTY = "it.admin.password";
  private static final int PASSWORD_BYTES = 24;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    password();
  }

  public static Credentials credentials() {
    return new Credentials(
        System.getProperty("it.admin.email", "admin@it.creativecluster.lu"), password());
  }

  /** URL-safe characters only: the value travels on the server's command line. */
  private static synchronized String password() {
    String password = System.getProperty(PASSWORD_PROPERTY);
    if (password == null || password.isBlank()) {
      byte[] random = new byte[PASSWORD_BYTES];
      new SecureRandom().nextBytes(random);
      password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
      System.setProperty(PASSWORD_PROPERTY, password);
    }
    return password;
  }
}
