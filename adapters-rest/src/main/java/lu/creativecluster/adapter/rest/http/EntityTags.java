package lu.creativecluster.adapter.rest.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * REST adapter: entity tags (RFC 9110 section 8.8.3) and the two conditional headers that carry
 * them. A tag is opaque to clients: a digest of what identifies the representation, so it reveals
 * nothing and changes whenever the representation may have.
 */
public final class EntityTags {

  public static final String IF_MATCH = "If-Match";
  public static final String IF_NONE_MATCH = "If-None-Match";
  private static final String WEAK_PREFIX = "W/";
  private static final int TAG_BYTES = 16;

  private EntityTags() {}

  /** A strong tag, quoted, derived from the parts (joined with a separator none of them has). */
  public static String strong(String... parts) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha256.digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
      byte[] shortened = new byte[TAG_BYTES];
      System.arraycopy(digest, 0, shortened, 0, TAG_BYTES);
      return "\"" + HexFormat.of().formatHex(shortened) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * {@code If-None-Match}: whether the client's copy is current, by weak comparison (a {@code W/}
   * prefix is ignored), or {@code *}.
   */
  public static boolean noneMatchFails(String header, String currentTag) {
    if (header == null || header.isBlank()) {
      return false;
    }
    for (String tag : tags(header)) {
      if (tag.equals("*") || opaque(tag).equals(opaque(currentTag))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code If-Match}: whether the client changes the representation it saw, by strong comparison (a
   * weak tag never matches), or {@code *}.
   */
  public static boolean matches(String header, String currentTag) {
    for (String tag : tags(header)) {
      if (tag.equals("*") || tag.equals(currentTag)) {
        return true;
      }
    }
    return false;
  }

  /** The tags of a header value, split at commas outside quotes, trimmed. */
  static List<String> tags(String header) {
    List<String> tags = new ArrayList<>();
    if (header == null) {
      return tags;
    }
    StringBuilder current = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < header.length(); i++) {
      char c = header.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        add(tags, current);
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    add(tags, current);
    return tags;
  }

  private static void add(List<String> tags, StringBuilder tag) {
    String trimmed = tag.toString().strip();
    if (!trimmed.isEmpty()) {
      tags.add(trimmed);
    }
  }

  private static String opaque(String tag) {
    return tag.startsWith(WEAK_PREFIX) ? tag.substring(WEAK_PREFIX.length()) : tag;
  }
}
