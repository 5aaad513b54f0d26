package lu.creativecluster.adapter.webui.site;

import java.util.Optional;

/**
 * Web adapter: the {@code next} parameter of the sign-in page, where a person goes once signed in.
 * Only a path on this site is followed, never another host ({@code //evil.example}, {@code
 * /\evil.example}, or one a browser would make of it by dropping tabs and line breaks): an open
 * redirect would lend the platform's name to phishing.
 */
public final class NextPath {

  /** The query parameter's name: {@code /de/sign-in?next=%2Fde%2Fstaff%2F}. */
  public static final String PARAMETER = "next";

  /** Longer than any path of the platform; a longer one is not ours. */
  static final int MAX_LENGTH = 2000;

  private NextPath() {}

  /**
   * @param next the parameter as received (already URL-decoded)
   * @return the path to redirect to, or empty if it is missing or not a plain path on this site
   */
  public static Optional<String> sanitise(String next) {
    if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    if (!next.startsWith("/") || next.startsWith("//")) {
      return Optional.empty();
    }
    boolean plain = next.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '\\');
    return plain ? Optional.of(next) : Optional.empty();
  }
}
