package lu.creativecluster.application.port.in.mail;

/**
 * Use case: hand the due mails of the outbox to the mail server; a mail the server does not take
 * stays in the outbox and is tried again later, with growing pauses.
 */
public interface DeliverPendingMailUseCase {

  /**
   * @return how many mails the mail server took in this round
   */
  int deliverDue();
}
