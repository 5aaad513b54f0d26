package lu.creativecluster.application.port.out.event;

import lu.creativecluster.application.port.out.mail.OutgoingMail;
import lu.creativecluster.domain.event.EventDetails;
import lu.creativecluster.domain.event.Registrant;

/**
 * Outbound port: the texts of the mails about event registrations, in the registrant's language.
 * They are written when the use case runs and wait in the outbox until delivered (then the outbox
 * forgets them), so a cancellation secret in them exists nowhere else at rest.
 */
public interface EventMailTemplates {

  /** A seat is theirs; the mail carries the private cancellation link. */
  OutgoingMail registrationConfirmed(Registrant to, EventDetails event, String cancellationSecret);

  /** All seats are taken: their place on the waiting list, and the same private link. */
  OutgoingMail registrationWaiting(
      Registrant to, EventDetails event, int position, String cancellationSecret);

  /**
   * Someone cancelled (or staff added seats) and a seat moved up to them. Only the hash of their
   * link is stored, so this mail points back to the link of their first mail.
   */
  OutgoingMail registrationPromoted(Registrant to, EventDetails event);
}
