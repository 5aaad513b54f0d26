package lu.creativecluster.adapter.mail;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.mail.DeliverPendingMailUseCase;
import lu.creativecluster.application.port.out.system.RepeatingTasks;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Mail adapter: delivers the outbox every {@code cluster.mail.delivery-interval} (ISO-8601, default
 * {@code PT15S}) as a {@link RepeatingTasks} repetition, from application start to shutdown. Mails
 * wait in the outbox, so a mail server that is down only delays them.
 */
@ApplicationScoped
public class MailDeliveryTimer {

  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);

  private static final Logger LOG = Logger.getLogger(MailDeliveryTimer.class.getName());

  private final DeliverPendingMailUseCase deliverPendingMail;
  private final RepeatingTasks tasks;
  private final Duration interval;
  private RepeatingTasks.Repetition rounds;

  /** For CDI's client proxy only. */
  protected MailDeliveryTimer() {
    this.deliverPendingMail = null;
    this.tasks = null;
    this.interval = DEFAULT_INTERVAL;
  }

  @Inject
  public MailDeliveryTimer(
      DeliverPendingMailUseCase deliverPendingMail,
      RepeatingTasks tasks,
      @ConfigProperty(name = "cluster.mail.delivery-interval", defaultValue = "PT15S")
          String interval) {
    this.deliverPendingMail = deliverPendingMail;
    this.tasks = tasks;
    this.interval = interval(interval);
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    rounds = tasks.every(interval, interval, new MailDeliveryRound(deliverPendingMail));
    LOG.info(() -> "mail delivery runs every " + interval);
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel();
      rounds = null;
    }
  }

  /** A malformed or non-positive setting falls back to the default, with a warning. */
  static Duration interval(String configured) {
    if (configured != null) {
      try {
        Duration parsed = Duration.parse(configured.strip());
        if (!parsed.isNegative() && !parsed.isZero()) {
          return parsed;
        }
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    LOG.warning(
        () ->
            "cluster.mail.delivery-interval="
                + configured
                + " is not a positive ISO-8601 duration; using "
                + DEFAULT_INTERVAL);
    return DEFAULT_INTERVAL;
  }
}
