package lu.creativecluster.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Test infrastructure: HTTP/1.1 over a plain socket, so a test can send what no HTTP client would
 * (raw bytes in the path, broken escapes, bad chunking), from a chosen loopback address (the
 * platform counts rate limits per client address; see ClientAddress).
 */
final class RawHttp {

  private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.[01] (\\d{3})");

  private final String host;
  private final int port;

  RawHttp(URL base) {
    this.host = base.getHost();
    this.port = base.getPort() < 0 ? 80 : base.getPort();
  }

  /** What came back: the status (0 if the server closed without answering), head and body. */
  record Answer(int status, String head, String body) {

    Optional<String> header(String name) {
      Matcher m = Pattern.compile("(?im)^" + Pattern.quote(name) + ":\\s*(.*?)\\r?$").matcher(head);
      return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
  }

  /** A request from {@code localAddress}: request line and headers as given, then the body. */
  Answer send(String localAddress, String method, String target, String headers, byte[] body)
      throws IOException {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.write(method.getBytes(StandardCharsets.ISO_8859_1));
    request.write(' ');
    request.write(target.getBytes(StandardCharsets.ISO_8859_1));
    String head =
        " HTTP/1.1\r\nHost: "
            + host
            + ":"
            + port
            + "\r\nConnection: close\r\n"
            + headers
            + (body == null ? "" : "Content-Length: " + body.length + "\r\n")
            + "\r\n";
    request.write(head.getBytes(StandardCharsets.ISO_8859_1));
    if (body != null) {
      request.write(body);
    }
    return exchange(localAddress, request.toByteArray());
  }

  /** Sends exactly these bytes. */
  Answer exchange(String localAddress, byte[] request) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(host, port), 5_000);
      socket.setSoTimeout(15_000);
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
        socket.shutdownOutput();
      } catch (IOException e) {
        // The server may answer and close before it read everything (an oversized request).
      }
      byte[] answer = readAll(socket.getInputStream());
      String text = new String(answer, StandardCharsets.ISO_8859_1);
      int split = text.indexOf("\r\n\r\n");
      String headPart = split < 0 ? text : text.substring(0, split);
      String bodyPart = split < 0 ? "" : text.substring(split + 4);
      Matcher m = STATUS.matcher(headPart);
      int status = m.find() ? Integer.parseInt(m.group(1)) : 0;
      return new Answer(status, headPart, bodyPart);
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      int n;
      while ((n = in.read(buffer)) >= 0) {
        all.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // What arrived before a reset or a stall is the answer.
    }
    return all.toByteArray();
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
