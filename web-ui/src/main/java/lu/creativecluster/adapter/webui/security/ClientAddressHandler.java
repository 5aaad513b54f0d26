package lu.creativecluster.adapter.webui.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Locale;

/**
 * Security adapter: sets the request's client address (and, behind a trusted proxy, its scheme)
 * before anything else reads it, authentication included, so {@code getRemoteAddr()} means the same
 * to every user of it: rate limits, sign-in throttling, audit. See {@link ClientAddresses}.
 */
final class ClientAddressHandler implements HttpHandler {

  private final HttpHandler next;
  private final ClientAddresses addresses;

  ClientAddressHandler(HttpHandler next, ClientAddresses addresses) {
    this.next = next;
    this.addresses = addresses;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    InetSocketAddress source = exchange.getSourceAddress();
    InetAddress peer = source == null ? null : source.getAddress();
    if (peer != null && addresses.isTrusted(peer)) {
      HeaderValues forwardedFor = exchange.getRequestHeaders().get(Headers.X_FORWARDED_FOR);
      InetAddress client =
          addresses.clientOf(peer, forwardedFor == null ? List.of() : forwardedFor);
      if (!client.equals(peer)) {
        exchange.setSourceAddress(new InetSocketAddress(client, source.getPort()));
      }
      String proto = exchange.getRequestHeaders().getLast(Headers.X_FORWARDED_PROTO);
      if (proto != null) {
        String scheme = proto.strip().toLowerCase(Locale.ROOT);
        if (scheme.equals("https") || scheme.equals("http")) {
          exchange.setRequestScheme(scheme);
        }
      }
    }
    next.handleRequest(exchange);
  }
}
