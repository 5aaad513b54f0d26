package lu.creativecluster.adapter.rest.member;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lu.creativecluster.adapter.rest.problem.InvalidBodyException;
import lu.creativecluster.adapter.rest.problem.InvalidParam;

/**
 * REST adapter: reads a JSON request body as UTF-8 (RFC 8259: JSON between systems is UTF-8,
 * whatever charset the Content-Type claims), with a limit, so a bogus charset, broken bytes or a
 * huge body are the client's 400 rather than the server's trouble.
 */
final class JsonBodies {

  private JsonBodies() {}

  /**
   * @return the body; longer than {@code maxChars} is cut to {@code maxChars + 1} characters, for
   *     the caller's length check to refuse
   * @throws InvalidBodyException if the bytes are not UTF-8 or cannot be read
   */
  static String read(InputStream body, int maxChars) {
    if (body == null) {
      return "";
    }
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    try (Reader reader = new InputStreamReader(body, utf8)) {
      int read;
      while ((read = reader.read(buffer)) != -1) {
        text.append(buffer, 0, read);
        if (text.length() > maxChars) {
          text.setLength(maxChars + 1);
          break;
        }
      }
    } catch (IOException unreadable) {
      throw new InvalidBodyException(
          List.of(new InvalidParam("body", "must be JSON in UTF-8, complete")));
    }
    return text.toString();
  }
}
