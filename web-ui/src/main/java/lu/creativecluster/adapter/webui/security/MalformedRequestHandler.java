package lu.creativecluster.adapter.webui.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: requests the layers behind it cannot read are answered here, before they fail
 * there as a 500 with an ERROR in the log: a request target that is no path ({@code *}) or no URI
 * path (RESTEasy builds a {@code java.net.URI} of it: {@code /api/v1/sectors/[]}), and cookies the
 * container refuses to parse (control characters) get 400, as problem+json on the API and as a
 * short text in the page's language elsewhere. An {@code Accept} header with unreadable ranges
 * keeps only the readable ones ({@link AcceptHeader}).
 */
final class MalformedRequestHandler implements HttpHandler {

  private static final Logger LOG = Logger.getLogger(MalformedRequestHandler.class.getName());
  private static final String BUNDLE = "lu.creativecluster.adapter.webui.messages";
  static final String MESSAGE_KEY = "error.badRequest";

  private final HttpHandler next;

  MalformedRequestHandler(HttpHandler next) {
    this.next = next;
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    String problem = problem(exchange);
    if (problem != null) {
      LOG.log(
          Level.FINE, "Bad request to {0}: {1}", new Object[] {exchange.getRequestURI(), problem});
      badRequest(exchange);
      return;
    }
    keepReadableAccept(exchange);
    next.handleRequest(exchange);
  }

  /** What makes the request unreadable, or null. */
  static String problem(HttpServerExchange exchange) {
    String path = exchange.getRequestPath();
    if (path == null || !path.startsWith("/")) {
      return "the request target is no path";
    }
    if (!isUriPath(exchange.getRequestURI())) {
      return "the path is no URI path";
    }
    try {
      for (Cookie cookie : exchange.requestCookies()) {
        cookie.getValue();
      }
    } catch (IllegalArgumentException e) {
      return "unreadable cookies";
    }
    return null;
  }

  /** Whether the raw path (or absolute URI) of the request line parses as a URI. */
  static boolean isUriPath(String requestUri) {
    if (requestUri == null) {
      return false;
    }
    try {
      new URI(requestUri);
      return true;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static void keepReadableAccept(HttpServerExchange exchange) {
    HeaderValues accept = exchange.getRequestHeaders().get(Headers.ACCEPT);
    if (accept == null || AcceptHeader.allReadable(accept)) {
      return;
    }
    List<String> readable = AcceptHeader.readable(accept);
    exchange.getRequestHeaders().remove(Headers.ACCEPT);
    if (!readable.isEmpty()) {
      exchange.getRequestHeaders().put(Headers.ACCEPT, String.join(", ", readable));
    }
  }

  private static void badRequest(HttpServerExchange exchange) {
    exchange.setStatusCode(400);
    exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
    exchange.getResponseHeaders().put(Headers.CONNECTION, "close");
    exchange.setPersistent(false);
    String path = exchange.getRequestPath() == null ? "" : exchange.getRequestPath();
    if (path.startsWith("/api/")) {
      exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
      exchange
          .getResponseSender()
          .send(
              "{\"type\":\"about:blank\",\"title\":\"Bad Request\",\"status\":400,"
                  + "\"detail\":\"The request could not be read.\"}",
              StandardCharsets.UTF_8);
      return;
    }
    Language language =
        LocalizedPath.languageOfPath(path)
            .orElseGet(
                () ->
                    AcceptLanguage.preferred(
                        exchange.getRequestHeaders().getFirst(AcceptLanguage.HEADER)));
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "text/plain; charset=UTF-8");
    exchange.getResponseHeaders().put(Headers.CONTENT_LANGUAGE, language.code());
    exchange.getResponseSender().send(message(language), StandardCharsets.UTF_8);
  }

  private static String message(Language language) {
    try {
      return ResourceBundle.getBundle(BUNDLE, language.locale()).getString(MESSAGE_KEY);
    } catch (MissingResourceException e) {
      return "400 Bad Request";
    }
  }
}
