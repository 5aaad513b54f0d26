package lu.creativecluster.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Test infrastructure: a real SMTP server (GreenMail) on the port failsafe reserved, started before
 * the managed WildFly (which sends to SMTP_HOST/SMTP_PORT) and stopped after it. Tests read what
 * arrived through {@link TestMailbox}.
 */
public class TestMailServer implements LauncherSessionListener {

  private static GreenMail greenMail;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String port = System.getProperty("it.smtp.port");
    if (port == null || port.isBlank()) {
      return;
    }
    start(Integer.parseInt(port));
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    stop();
  }

  private static synchronized void start(int port) {
    greenMail = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    greenMail.start();
  }

  private static synchronized void stop() {
    if (greenMail != null) {
      greenMail.stop();
      greenMail = null;
    }
  }

  /**
   * Takes the SMTP server off the network, as an outage would: connections are refused until {@link
   * #restart()}. The mails received so far are forgotten (GreenMail keeps them in the server), so a
   * test that uses this counts only its own fresh addresses afterwards.
   */
  public static synchronized void stopForOutage() {
    greenMail().stop();
  }

  /** Brings the SMTP server back on the same port after {@link #stopForOutage()}. */
  public static synchronized void restart() {
    greenMail().start();
  }

  static synchronized GreenMail greenMail() {
    if (greenMail == null) {
      throw new IllegalStateException(
          "no test SMTP server: run the integration tests with failsafe (it.smtp.port)");
    }
    return greenMail;
  }
}
