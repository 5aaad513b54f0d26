package lu.creativecluster.adapter.webui.security;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Security adapter: the media ranges of an {@code Accept} header that can be read. The runtimes
 * behind this WAR (RESTEasy, the OpenAPI endpoint) fail with a 500 on a range they cannot parse
 * ({@code text/html;q=x}, {@code garbage}); RFC 9110 lets a server disregard a bad Accept, so such
 * ranges are dropped before anyone reads the header, and what remains (everything, if nothing does)
 * is negotiated as usual.
 */
final class AcceptHeader {

  private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

  /** RFC 9110 media-range with parameters (token or quoted values). */
  static final Pattern MEDIA_RANGE =
      Pattern.compile(
          TOKEN + "/" + TOKEN + "(\\s*;\\s*" + TOKEN + "=(" + TOKEN + "|\"([^\"\\\\]|\\\\.)*\"))*");

  /** RFC 4647 language-range, then at most a weight. */
  static final Pattern LANGUAGE_RANGE =
      Pattern.compile("(\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)(\\s*;\\s*[qQ]=[^;]*)?");

  private static final Pattern Q_PARAMETER = Pattern.compile(";\\s*[qQ]=([^;\\s]*)");
  private static final Pattern WEIGHT = Pattern.compile("0(\\.\\d{0,3})?|1(\\.0{0,3})?");

  private AcceptHeader() {}

  /** The readable media ranges of all the header's values, in order. */
  static List<String> readable(List<String> headerValues) {
    return readable(headerValues, MEDIA_RANGE);
  }

  static boolean allReadable(List<String> headerValues) {
    return allReadable(headerValues, MEDIA_RANGE);
  }

  /** The ranges of all the header's values that follow the grammar, in order. */
  static List<String> readable(List<String> headerValues, Pattern grammar) {
    List<String> readable = new ArrayList<>();
    for (String range : ranges(headerValues)) {
      if (isReadable(range, grammar)) {
        readable.add(range);
      }
    }
    return readable;
  }

  /** Whether every range can be read (then the header is left exactly as sent). */
  static boolean allReadable(List<String> headerValues, Pattern grammar) {
    return ranges(headerValues).stream().allMatch(range -> isReadable(range, grammar));
  }

  private static List<String> ranges(List<String> headerValues) {
    List<String> ranges = new ArrayList<>();
    for (String value : headerValues) {
      if (value == null) {
        continue;
      }
      for (String range : value.split(",")) {
        if (!range.isBlank()) {
          ranges.add(range.strip());
        }
      }
    }
    return ranges;
  }

  private static boolean isReadable(String range, Pattern grammar) {
    if (!grammar.matcher(range).matches()) {
      return false;
    }
    Matcher q = Q_PARAMETER.matcher(range);
    return !q.find() || WEIGHT.matcher(q.group(1)).matches();
  }
}
