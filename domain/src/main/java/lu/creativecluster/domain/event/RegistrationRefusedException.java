package lu.creativecluster.domain.event;

/**
 * Domain exception: a registration, cancellation or attendance check was refused for a reason the
 * person can understand; adapters translate the reason's code into a message (a 4xx, never a 5xx).
 */
public class RegistrationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why it was refused; the code names the message in the bundles. */
  public enum Reason {
    ALREADY_REGISTERED("event.registration.already-registered"),
    DEADLINE_PASSED("event.registration.deadline-passed"),
    MEMBERS_ONLY("event.registration.members-only"),
    EVENT_STARTED("event.registration.event-started"),
    ALREADY_CANCELLED("event.registration.already-cancelled"),
    NOT_CONFIRMED("event.registration.not-confirmed"),
    TOO_EARLY_FOR_ATTENDANCE("event.registration.too-early"),
    UNKNOWN_REGISTRATION("event.registration.unknown");

    private final String messageKey;

    Reason(String messageKey) {
      this.messageKey = messageKey;
    }

    public String messageKey() {
      return messageKey;
    }
  }

  private final Reason reason;

  public RegistrationRefusedException(EventId event, Reason reason) {
    super("event " + event + ": " + reason.name().toLowerCase(java.util.Locale.ROOT));
    this.reason = reason;
  }

  /** Refused before any event was known: a cancellation link that fits no registration. */
  public RegistrationRefusedException(Reason reason) {
    super("no event: " + reason.name().toLowerCase(java.util.Locale.ROOT));
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
