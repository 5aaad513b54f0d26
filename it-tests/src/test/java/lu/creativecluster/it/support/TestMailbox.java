package lu.creativecluster.it.support;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test infrastructure: the mails that reached the test SMTP server, by recipient. The platform
 * sends from an outbox on a timer, so reading waits.
 */
public final class TestMailbox {

  public static final Duration MAIL_TIMEOUT = Duration.ofSeconds(30);

  /** The one-time link of an invitation or password reset mail. */
  private static final Pattern SET_PASSWORD_LINK =
      Pattern.compile("https?://[^\\s\"'<>]+/set-password\\?token=[^\\s\"'<>]+");

  private TestMailbox() {}

  /** How many mails this address has received so far; pass it to {@link #awaitNext}. */
  public static int count(String recipient) {
    return to(recipient).size();
  }

  /** Waits for the mail after the first {@code alreadyReceived} ones to this address. */
  public static MimeMessage awaitNext(String recipient, int alreadyReceived) {
    Instant deadline = Instant.now().plus(MAIL_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      List<MimeMessage> received = to(recipient);
      if (received.size() > alreadyReceived) {
        return received.get(alreadyReceived);
      }
      pause(Duration.ofMillis(50));
    }
    throw new AssertionError(
        "no mail number " + (alreadyReceived + 1) + " to " + recipient + " within " + MAIL_TIMEOUT);
  }

  /** The set-password link of a mail, decoded as a mail client would show it. */
  public static String setPasswordLink(MimeMessage mail) {
    String text = text(mail);
    Matcher link = SET_PASSWORD_LINK.matcher(text);
    if (!link.find()) {
      throw new AssertionError("no set-password link in the mail:\n" + text);
    }
    return link.group().replace("&amp;", "&");
  }

  /** Every text part of the mail (plain and HTML), decoded. */
  public static String text(Part part) {
    try {
      if (part.isMimeType("text/*")) {
        return String.valueOf(part.getContent());
      }
      if (part.isMimeType("multipart/*")) {
        Multipart multipart = (Multipart) part.getContent();
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < multipart.getCount(); i++) {
          BodyPart child = multipart.getBodyPart(i);
          all.append(text(child)).append('\n');
        }
        return all.toString();
      }
      return "";
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException("unreadable mail", e);
    }
  }

  public static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<MimeMessage> to(String recipient) {
    String wanted = recipient.toLowerCase(Locale.ROOT);
    List<MimeMessage> matching = new ArrayList<>();
    for (MimeMessage message : TestMailServer.greenMail().getReceivedMessages()) {
      if (isAddressedTo(message, wanted)) {
        matching.add(message);
      }
    }
    return matching;
  }

  private static boolean isAddressedTo(MimeMessage message, String wanted) {
    try {
      Address[] recipients = message.getRecipients(Message.RecipientType.TO);
      if (recipients == null) {
        return false;
      }
      for (Address address : recipients) {
        if (address instanceof InternetAddress internet
            && wanted.equals(internet.getAddress().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
