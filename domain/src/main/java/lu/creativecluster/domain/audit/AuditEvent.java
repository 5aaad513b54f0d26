package lu.creativecluster.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Record of the audit log: who did what to what, when and from where. Every text is neutralised on
 * the way in (control characters such as CR and LF become visible escapes, length is capped), so
 * input can never forge an entry or a log line.
 *
 * @param actor as {@link lu.creativecluster.domain.access.Actor#getName()}
 * @param action a dotted code such as {@code sign-in.failed}
 * @param target what the action was done to (an account id, an e-mail address), may be empty
 * @param sourceAddress the client's network address, may be empty
 */
public record AuditEvent(
    UUID id, Instant at, String actor, String action, String target, String sourceAddress) {

  static final int MAX_TEXT = 200;

  public AuditEvent {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
    actor = neutralised(actor);
    action = neutralised(action);
    target = neutralised(target);
    sourceAddress = neutralised(sourceAddress);
    if (actor.isEmpty() || action.isEmpty()) {
      throw new IllegalArgumentException("an audit event names its actor and action");
    }
  }

  public static AuditEvent of(
      Instant at, String actor, String action, String target, String sourceAddress) {
    return new AuditEvent(UUID.randomUUID(), at, actor, action, target, sourceAddress);
  }

  /**
   * Control characters, line separators and invisible format characters (Unicode category Cf: the
   * bidi overrides and isolates such as U+202E, zero-width spaces and joiners, U+FEFF) become
   * {@code \\uXXXX}, so what is stored is one printable line that reads as it was typed.
   */
  static String neutralised(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_TEXT));
    text.codePoints()
        .forEach(
            cp -> {
              if (mustBeEscaped(cp)) {
                out.append(String.format("\\u%04x", cp));
              } else {
                out.appendCodePoint(cp);
              }
            });
    String result = out.toString().strip();
    return result.length() <= MAX_TEXT ? result : result.substring(0, MAX_TEXT) + "…";
  }

  private static boolean mustBeEscaped(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
