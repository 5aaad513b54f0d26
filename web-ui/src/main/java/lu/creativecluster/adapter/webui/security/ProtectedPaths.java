package lu.creativecluster.adapter.webui.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import lu.creativecluster.adapter.webui.site.Audience;
import lu.creativecluster.adapter.webui.site.Page;
import lu.creativecluster.domain.account.Role;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: which request paths only signed-in people may open, and with which role, as
 * {@link Page} declares it (the staff area needs {@code staff}, its audit log {@code admin}, {@code
 * /{lang}/account/…} any signed-in person). Paths are matched loosely on purpose (any case, doubled
 * slashes, {@code ;params}, {@code .xhtml}), so a spelling the page router would still serve is
 * never let through unguarded.
 */
public final class ProtectedPaths {

  /** What a path asks of the caller. */
  public enum Requirement {
    NONE(Optional.empty(), false),
    SIGNED_IN(Optional.empty(), true),
    STAFF(Optional.of(Role.STAFF), true),
    ADMIN(Optional.of(Role.ADMIN), true);

    private final Optional<Role> role;
    private final boolean signInRequired;

    Requirement(Optional<Role> role, boolean signInRequired) {
      this.role = role;
      this.signInRequired = signInRequired;
    }

    public Optional<Role> role() {
      return role;
    }

    public boolean signInRequired() {
      return signInRequired;
    }

    Requirement stricter(Requirement other) {
      return other.ordinal() > ordinal() ? other : this;
    }

    static Requirement of(Audience audience) {
      return switch (audience) {
        case EVERYONE -> NONE;
        case SIGNED_IN -> SIGNED_IN;
        case STAFF -> STAFF;
        case ADMIN -> ADMIN;
      };
    }
  }

  private static final String FACES_SUFFIX = ".xhtml";

  private ProtectedPaths() {}

  /**
   * @param paths the same request path in the forms the container offers (the raw request URI
   *     without context path, and the decoded servlet path plus path info); the strictest wins
   */
  public static Requirement of(String... paths) {
    Requirement strictest = Requirement.NONE;
    for (String path : paths) {
      strictest = strictest.stricter(ofOne(path));
    }
    return strictest;
  }

  private static Requirement ofOne(String path) {
    List<String> segments = segments(path);
    if (!segments.isEmpty() && isLanguage(segments.get(0))) {
      segments = segments.subList(1, segments.size());
    }
    return Requirement.of(Page.audienceOf(segments));
  }

  /** Lower-case segments without empty ones, path parameters or the Faces suffix. */
  private static List<String> segments(String path) {
    List<String> segments = new ArrayList<>();
    if (path == null) {
      return segments;
    }
    for (String raw : path.split("/")) {
      String segment = raw;
      int semicolon = segment.indexOf(';');
      if (semicolon >= 0) {
        segment = segment.substring(0, semicolon);
      }
      segment = segment.toLowerCase(Locale.ROOT);
      if (segment.endsWith(FACES_SUFFIX)) {
        segment = segment.substring(0, segment.length() - FACES_SUFFIX.length());
      }
      if (!segment.isEmpty()) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean isLanguage(String segment) {
    return Arrays.stream(Language.values()).anyMatch(l -> l.code().equals(segment));
  }
}
