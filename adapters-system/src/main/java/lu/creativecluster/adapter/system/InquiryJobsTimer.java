package lu.creativecluster.adapter.system;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.application.port.in.inquiry.AnonymiseInquiriesUseCase;
import lu.creativecluster.application.port.in.inquiry.RemindOverdueInquiriesUseCase;
import lu.creativecluster.application.port.out.system.RepeatingTasks;

/**
 * System adapter: runs the inquiry jobs (overdue reminders, anonymisation) every hour as a {@link
 * RepeatingTasks} repetition, the first time a minute after start. Each job is idempotent and safe
 * on several nodes (a reminder is marked on the inquiry in the transaction that queues it).
 */
@ApplicationScoped
public class InquiryJobsTimer {

  static final long FIRST_DELAY_MINUTES = 1;
  static final long INTERVAL_MINUTES = 60;

  private static final Logger LOG = Logger.getLogger(InquiryJobsTimer.class.getName());

  private final RemindOverdueInquiriesUseCase reminders;
  private final AnonymiseInquiriesUseCase anonymisation;
  private final RepeatingTasks tasks;
  private RepeatingTasks.Repetition rounds;

  /** For CDI's client proxy only. */
  protected InquiryJobsTimer() {
    this(null, null, null);
  }

  @Inject
  public InquiryJobsTimer(
      RemindOverdueInquiriesUseCase reminders,
      AnonymiseInquiriesUseCase anonymisation,
      RepeatingTasks tasks) {
    this.reminders = reminders;
    this.anonymisation = anonymisation;
    this.tasks = tasks;
  }

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    rounds =
        tasks.every(
            Duration.ofMinutes(FIRST_DELAY_MINUTES),
            Duration.ofMinutes(INTERVAL_MINUTES),
            this::runJobs);
  }

  @PreDestroy
  void stop() {
    if (rounds != null) {
      rounds.cancel();
      rounds = null;
    }
  }

  /** A failing job is logged once per run and tried again in the next run. */
  void runJobs() {
    try {
      int reminded = reminders.remindOverdue();
      int anonymised = anonymisation.anonymiseExpired();
      if (reminded + anonymised > 0) {
        LOG.info(() -> reminded + " inquiry reminder(s) queued, " + anonymised + " anonymised");
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "inquiry jobs failed; next run in " + INTERVAL_MINUTES + " min", e);
    }
  }
}
