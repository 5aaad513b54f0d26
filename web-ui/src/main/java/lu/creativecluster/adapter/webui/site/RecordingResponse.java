package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A response that passes everything through to the client and keeps a copy, so a page rendered once
 * can be kept by {@link PublicPageCache}. Nothing is held back or delayed: the client gets the page
 * exactly as without the copy. A page beyond {@link #MAX_BYTES} is not kept.
 */
final class RecordingResponse extends HttpServletResponseWrapper {

  static final int MAX_BYTES = 512 * 1024;

  private final List<Map.Entry<String, String>> headers = new ArrayList<>();
  private final StringBuilder chars = new StringBuilder();
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private int status = SC_OK;
  private boolean tooLarge;
  private PrintWriter writer;
  private ServletOutputStream stream;

  RecordingResponse(HttpServletResponse response) {
    super(response);
  }

  /** What was answered, unless it was too large, or errored, to be kept. */
  Optional<RenderedPage> recorded() {
    if (tooLarge) {
      return Optional.empty();
    }
    if (writer != null) {
      writer.flush();
    }
    byte[] body =
        chars.isEmpty()
            ? bytes.toByteArray()
            : chars.toString().getBytes(Charset.forName(getCharacterEncoding()));
    return Optional.of(new RenderedPage(status, getContentType(), headers, body));
  }

  @Override
  public void setStatus(int sc) {
    status = sc;
    super.setStatus(sc);
  }

  @Override
  public void sendError(int sc) throws IOException {
    status = sc;
    super.sendError(sc);
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    status = sc;
    super.sendError(sc, msg);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    status = SC_FOUND;
    super.sendRedirect(location);
  }

  @Override
  public void setHeader(String name, String value) {
    headers.removeIf(h -> h.getKey().equalsIgnoreCase(name));
    headers.add(Map.entry(name, value));
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    headers.add(Map.entry(name, value));
    super.addHeader(name, value);
  }

  @Override
  public void addCookie(jakarta.servlet.http.Cookie cookie) {
    headers.add(Map.entry("Set-Cookie", cookie.getName()));
    super.addCookie(cookie);
  }

  @Override
  public PrintWriter getWriter() throws IOException {
    if (writer == null) {
      Writer target = super.getWriter();
      writer =
          new PrintWriter(
              new Writer() {
                @Override
                public void write(char[] buffer, int offset, int length) throws IOException {
                  target.write(buffer, offset, length);
                  keep(length, () -> chars.append(buffer, offset, length));
                }

                @Override
                public void flush() throws IOException {
                  target.flush();
                }

                @Override
                public void close() throws IOException {
                  target.close();
                }
              });
    }
    return writer;
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (stream == null) {
      ServletOutputStream target = super.getOutputStream();
      stream =
          new ServletOutputStream() {
            @Override
            public void write(int b) throws IOException {
              target.write(b);
              keep(1, () -> bytes.write(b));
            }

            @Override
            public void write(byte[] buffer, int offset, int length) throws IOException {
              target.write(buffer, offset, length);
              keep(length, () -> bytes.write(buffer, offset, length));
            }

            @Override
            public void flush() throws IOException {
              target.flush();
            }

            @Override
            public void close() throws IOException {
              target.close();
            }

            @Override
            public boolean isReady() {
              return target.isReady();
            }

            @Override
            public void setWriteListener(WriteListener listener) {
              target.setWriteListener(listener);
            }
          };
    }
    return stream;
  }

  private void keep(int length, Runnable copy) {
    if (tooLarge || chars.length() + bytes.size() + length > MAX_BYTES) {
      tooLarge = true;
      return;
    }
    copy.run();
  }
}
