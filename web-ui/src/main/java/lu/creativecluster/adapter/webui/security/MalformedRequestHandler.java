package lu.creativecluster.adapter.webui.security;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import lu.creativecluster.adapter.webui.site.AcceptLanguage;
import lu.creativecluster.adapter.webui.site.LocalizedPath;
import lu.creativecluster.domain.shared.Language;

/**
 * Security adapter: requests the layers behind it cannot read are answered here, before they fail
 * there as a 500 with an ERROR in the log: a request target that is no path ({@code *}) or no URI
 * path (RESTEasy builds a {@code java.net.URI} of it: {@code /api/v1/sectors/[]}), and cookies the
 * container refuses to parse (control characters) get 400, as problem+json on the API and as a
 * short text in the page's language elsewhere; so does a multipart body without a boundary. An
 * {@code Accept} or {@code Accept-Language} header with unreadable ranges keeps only the readable
 * ones ({@link AcceptHeader}).
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
    String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
    if (contentType != null
        && contentType.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
      // Undertow's form parser fails with a StringIndexOutOfBoundsException on "boundary=".
      try {
        String boundary = Headers.extractQuotedValueFromHeader(contentType, "boundary");
        if (boundary == null || boundary.isEmpty()) {
          return "multipart body without boundary";
        }
      } catch (RuntimeException e) {
        return "unreadable multipart boundary";
      }
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
    keepReadable(exchange, Headers.ACCEPT, AcceptHeader.MEDIA_RANGE);
    keepReadable(exchange, Headers.ACCEPT_LANGUAGE, AcceptHeader.LANGUAGE_RANGE);
  }

  private static void keepReadable(
      HttpServerExchange exchange, HttpString header, Pattern grammar) {
    HeaderValues values = exchange.getRequestHeaders().get(header);
    if (values == null || AcceptHeader.allReadable(values, grammar)) {
      return;
    }
    List<String> readable = AcceptHeader.readable(values, grammar);
    exchange.getRequestHeaders().remove(header);
    if (!readable.isEmpty()) {
      exchange.getRequestHeaders().put(header, String.join(", ", readable));
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
