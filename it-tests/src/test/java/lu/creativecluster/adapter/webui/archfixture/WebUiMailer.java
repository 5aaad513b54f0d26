package lu.creativecluster.adapter.webui.archfixture;

import jakarta.mail.Session;
import javax.crypto.Mac;
import lu.creativecluster.application.port.out.mail.Mailer;
import lu.creativecluster.application.port.out.mail.OutgoingMail;

/** Architecture fixture: a web class that sends mail and does cryptography itself, on purpose. */
public class WebUiMailer implements Mailer {

  private Session session;
  private Mac mac;

  @Override
  public void deliver(OutgoingMail mail) {
    if (session == null || mac == null) {
      throw new IllegalStateException("a fixture, never run");
    }
  }
}
