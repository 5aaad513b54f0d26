package lu.creativecluster.adapter.rest.cache;

import jakarta.ws.rs.core.Response;
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
  Response response() {
    Response.ResponseBuilder answer = Response.status(status).entity(body);
    for (Map.Entry<String, String> header : headers) {
      answer.header(header.getKey(), header.getValue());
    }
    return answer.build();
  }

  int size() {
    return body.length;
  }
}
