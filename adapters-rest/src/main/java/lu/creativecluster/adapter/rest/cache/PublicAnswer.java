package lu.creativecluster.adapter.rest.cache;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * REST adapter: an answer as the API wrote it (a 200, or a problem the request itself caused),
 * which {@link PublicAnswerCache} replays.
 */
record PublicAnswer(int status, List<Map.Entry<String, String>> headers, byte[] body) {

  PublicAnswer {
    headers = List.copyOf(headers);
  }

  /** The same answer again: its status, headers and the bytes the entity was written as. */
  void writeTo(HttpServletResponse response) throws IOException {
    response.setStatus(status);
    for (Map.Entry<String, String> header : headers) {
      response.addHeader(header.getKey(), header.getValue());
    }
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  int size() {
    return body.length;
  }
}
