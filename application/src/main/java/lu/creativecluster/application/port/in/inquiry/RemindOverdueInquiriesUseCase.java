package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case (a job): remind each recipient whose forwarded inquiry is past its due date, once per
 * inquiry, by mail through the outbox.
 */
public interface RemindOverdueInquiriesUseCase {

  /**
   * @return how many reminders were queued
   */
  int remindOverdue();
}
