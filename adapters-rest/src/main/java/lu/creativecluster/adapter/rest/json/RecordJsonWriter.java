package lu.creativecluster.adapter.rest.json;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * REST adapter: writes the API's record DTOs (problem details included) as JSON through one JSON-P
 * generator factory and a {@link RecordShape} worked out once per class, byte for byte as JSON-B
 * writes them; any other type, or a record JSON-B would read differently, is left to JSON-B.
 *
 * <p>Yasson walks every value through its generic serializer chain (null checks, recursion checks,
 * type lookups): that was about 40 % of the server time of an inquiry tracking read and a quarter
 * of a 404 problem. The answers that are not kept whole ({@code no-store} ones, errors, first
 * reads) are those that pay it on every request.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/problem+json"})
public class RecordJsonWriter implements MessageBodyWriter<Record> {

  private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return Record.class.isAssignableFrom(type) && RecordShape.of(type).isPresent();
  }

  @Override
  public void writeTo(
      Record value,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> httpHeaders,
      OutputStream out)
      throws IOException {
    // Written to a buffer first: closing a generator closes its stream, and the container owns it.
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(512);
    JsonGenerator json = GENERATORS.createGenerator(buffer, StandardCharsets.UTF_8);
    RecordShape.of(value.getClass()).orElseThrow().write(json, value);
    json.close();
    buffer.writeTo(out);
  }
}
