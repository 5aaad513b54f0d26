package lu.creativecluster.adapter.mail;

import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.mail.DeliverPendingMailUseCase;

/**
 * Mail adapter: one round of mail delivery, run again and again by {@link MailDeliveryTimer}. A
 * failing round never stops the rounds after it, and a mail server that stays down for hours writes
 * one warning, not one stack trace every few seconds.
 */
final class MailDeliveryRound implements Runnable {

  private static final Logger LOG = Logger.getLogger(MailDeliveryRound.class.getName());

  private final DeliverPendingMailUseCase deliverPendingMail;

  /** What went wrong in the previous round; null when it went well. */
  private volatile String lastFailure;

  MailDeliveryRound(DeliverPendingMailUseCase deliverPendingMail) {
    this.deliverPendingMail = deliverPendingMail;
  }

  @Override
  public void run() {
    try {
      int delivered = deliverPendingMail.deliverDue();
      if (lastFailure != null) {
        LOG.info("mail delivery works again");
        lastFailure = null;
      }
      if (delivered > 0) {
        LOG.log(Level.FINE, "{0} mail(s) delivered", delivered);
      }
    } catch (RuntimeException e) {
      failed(e);
    }
  }

  private void failed(RuntimeException e) {
    String summary = summary(e);
    if (summary.equals(lastFailure)) {
      LOG.log(Level.FINE, "mail delivery round failed again: " + summary, e);
    } else {
      LOG.log(
          Level.WARNING,
          "mail delivery round failed: {0} (the same failure again is logged at FINE)",
          summary);
      LOG.log(Level.FINE, "mail delivery round failed", e);
    }
    lastFailure = summary;
  }

  /** The exception and its root cause on one printable line. */
  static String summary(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String text = describe(e) + (root == e ? "" : ", caused by " + describe(root));
    return text.replaceAll("\\p{Cntrl}+", " ").strip();
  }

  private static String describe(Throwable e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
