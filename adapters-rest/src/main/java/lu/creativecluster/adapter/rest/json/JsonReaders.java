package lu.creativecluster.adapter.rest.json;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.Map;

/**
 * REST adapter: the readers of the API's JSON request bodies, from one factory made once. {@code
 * Json.createReader} looks the JSON-P provider up through the ServiceLoader on every call (a scan
 * of the deployment's modules, about a tenth of an inquiry submission's time); the factory is
 * thread-safe and every reader it makes is fresh.
 */
public final class JsonReaders {

  private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

  private JsonReaders() {}

  /** A reader of this text; the caller closes it. */
  public static JsonReader of(String text) {
    return READERS.createReader(new StringReader(text));
  }
}
