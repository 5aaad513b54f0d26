package lu.creativecluster.adapter.rest.cache;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/** REST adapter: a 200 answer as the API wrote it, which {@link PublicAnswerCache} replays. */
record PublicAnswer(List<Map.Entry<String, String>> headers, byte[] body) {

  PublicAnswer {
    headers = List.copyOf(headers);
  }

  /** The same answer again: its headers and the bytes the entity was written as. */
  Response response() {
    Response.ResponseBuilder answer = Response.ok(body);
    for (Map.Entry<String, String> header : headers) {
      answer.header(header.getKey(), header.getValue());
    }
    return answer.build();
  }

  int size() {
    return body.length;
  }
}
