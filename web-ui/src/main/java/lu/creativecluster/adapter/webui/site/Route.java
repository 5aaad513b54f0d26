package lu.creativecluster.adapter.webui.site;

import java.util.Objects;
import lu.creativecluster.domain.shared.Language;

/** Web adapter: what the language filter does with one request, decided without a container. */
public sealed interface Route {

  /** Not a page: the API, OpenAPI, Faces resources and static files go on untouched. */
  record PassThrough() implements Route {}

  /** A page in a language: forward to its Faces view. */
  record Forward(LocalizedPath target) implements Route {
    public Forward {
      Objects.requireNonNull(target, "target");
    }
  }

  /**
   * Send the browser elsewhere. A permanent redirect only fixes the form of a URL; a temporary one
   * chose the language from {@code Accept-Language}, so its answer varies with that header.
   *
   * @param location a path inside the application, starting with {@code /}
   */
  record Redirect(String location, boolean permanent) implements Route {
    public Redirect {
      Objects.requireNonNull(location, "location");
      if (!location.startsWith("/")) {
        throw new IllegalArgumentException("a redirect stays inside the application");
      }
    }
  }

  /** No such page: answer 404 with the error page in this language. */
  record NotFound(Language language) implements Route {
    public NotFound {
      Objects.requireNonNull(language, "language");
    }
  }
}
