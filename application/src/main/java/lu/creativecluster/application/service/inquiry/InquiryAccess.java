package lu.creativecluster.application.service.inquiry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import lu.creativecluster.application.port.in.access.AccessDeniedException;
import lu.creativecluster.application.port.in.inquiry.InquiryNotFoundException;
import lu.creativecluster.application.port.out.inquiry.Inquiries;
import lu.creativecluster.application.service.account.LinkSecrets;
import lu.creativecluster.domain.access.Actor;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.inquiry.Inquiry;
import lu.creativecluster.domain.inquiry.InquiryId;
import lu.creativecluster.domain.inquiry.Recipient;
import lu.creativecluster.domain.shared.Language;

/** Helper: the rules the inquiry services share (who is staff, finding by link, languages). */
final class InquiryAccess {

  /** The actor name the history records for what the asker does through their link. */
  static final String ASKER = "visitor";

  private InquiryAccess() {}

  static boolean isStaff(Actor actor) {
    return actor.kind() == Actor.Kind.PERSON && (actor.has(Role.STAFF) || actor.has(Role.ADMIN));
  }

  static void requireStaff(Actor actor, String what) {
    if (!isStaff(actor)) {
      throw new AccessDeniedException("only staff " + what);
    }
  }

  static void requireAdmin(Actor actor, String what) {
    if (actor.kind() != Actor.Kind.PERSON || !actor.has(Role.ADMIN)) {
      throw new AccessDeniedException("only admins " + what);
    }
  }

  static Inquiry load(Inquiries inquiries, InquiryId id) {
    return inquiries.byId(id).orElseThrow(InquiryNotFoundException::new);
  }

  /** A token that cannot be one of ours is not even hashed: no lookup for garbage. */
  static boolean plausibleToken(String token) {
    return token != null
        && token.length() >= 40
        && token.length() <= 64
        && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
  }

  static Inquiry byTrackingToken(Inquiries inquiries, String token) {
    if (!plausibleToken(token)) {
      throw new InquiryNotFoundException();
    }
    return inquiries
        .byTrackingHash(LinkSecrets.hashOf(token))
        .orElseThrow(InquiryNotFoundException::new);
  }

  /** The same, for showing only (never saved): the store may read it more cheaply. */
  static Inquiry readByTrackingToken(Inquiries inquiries, String token) {
    if (!plausibleToken(token)) {
      throw new InquiryNotFoundException();
    }
    return inquiries
        .readByTrackingHash(LinkSecrets.hashOf(token))
        .orElseThrow(InquiryNotFoundException::new);
  }

  /** The recipient's inquiry, while its link is open (not after closing or re-forwarding). */
  static Inquiry byRecipientToken(Inquiries inquiries, String token) {
    if (!plausibleToken(token)) {
      throw new InquiryNotFoundException();
    }
    return inquiries
        .byRecipientLinkHash(LinkSecrets.hashOf(token))
        .filter(Inquiry::recipientLinkOpen)
        .orElseThrow(InquiryNotFoundException::new);
  }

  /** The inquiry's language if the recipient works in it, else the recipient's first language. */
  static Language languageFor(Recipient recipient, Language wanted) {
    if (recipient.languages().contains(wanted)) {
      return wanted;
    }
    return recipient.languages().stream().min(Comparator.naturalOrder()).orElse(wanted);
  }

  static LocalDate today(Clock clock) {
    return LocalDate.ofInstant(clock.instant(), Inquiry.LUXEMBOURG);
  }
}
