package lu.creativecluster.application.port.in.inquiry;

/**
 * Use case (a job): anonymise inquiries closed or rejected longer ago than the configured period
 * (default 24 months); the figures stay right.
 */
public interface AnonymiseInquiriesUseCase {

  /**
   * @return how many inquiries were anonymised
   */
  int anonymiseExpired();
}
