package lu.creativecluster.adapter.rest.json;

import jakarta.annotation.PreDestroy;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * REST adapter: the one {@link Jsonb} that writes every JSON answer of the API (DTOs and
 * problem+json alike), with JSON-B's default settings.
 *
 * <p>Without a resolver, RESTEasy's JSON-B provider built a new {@code Jsonb} for every response
 * and Yasson re-introspected the DTO classes each time: under load that cost an order of magnitude
 * in throughput (see the README's Performance section). A {@code Jsonb} is thread-safe and caches
 * the class models it has built, so one instance serves the whole application.
 */
@Provider
public class ApplicationJsonb implements ContextResolver<Jsonb> {

  private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig());

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  // No checked exception: a lifecycle callback that declares one is outside the specification, and
  // Weld warned about it at every start.
  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      // Closing at undeploy only frees Yasson's caches; nothing is left to do if it cannot.
    }
  }
}
