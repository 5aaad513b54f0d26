package lu.creativecluster.adapter.webui.site;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/** A page as the server answered it: what {@link PublicPageCache} keeps and replays. */
public record RenderedPage(
    int status, String contentType, List<Map.Entry<String, String>> headers, byte[] body) {

  public RenderedPage {
    headers = List.copyOf(headers);
  }

  boolean setsCookie() {
    return headers.stream().anyMatch(h -> h.getKey().equalsIgnoreCase("Set-Cookie"));
  }

  /** Answers with this page; the headers set before the page rendered are already on response. */
  void replay(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    for (Map.Entry<String, String> header : headers) {
      response.addHeader(header.getKey(), header.getValue());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
