package lu.creativecluster.application.port.out.mail;

import lu.creativecluster.domain.shared.Email;

/**
 * What the outbox holds for one mail: either the finished text ({@link OutgoingMail}), for mails
 * that carry no secret, or a {@link LinkMail}, whose one-time link is made only when it is sent.
 */
public sealed interface MailContent permits OutgoingMail, LinkMail {

  Email to();
}
