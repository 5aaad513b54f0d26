package lu.creativecluster.adapter.webui.site;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Web adapter: the site's address as people reach it ({@code cluster.public-url}), the only source
 * of absolute links (canonical and alternate links). The request's {@code Host} header is chosen by
 * whoever sends the request, so it never goes into a page or a redirect.
 */
@ApplicationScoped
public class PublicUrl {

  public static final String SETTING = "cluster.public-url";
  public static final String DEFAULT = "http://localhost:8080";

  private final String origin;

  /** For CDI's client proxy only. */
  protected PublicUrl() {
    this.origin = DEFAULT;
  }

  @Inject
  public PublicUrl(@ConfigProperty(name = SETTING, defaultValue = DEFAULT) String setting) {
    this.origin = origin(setting);
  }

  /** Scheme, host, port and any path prefix, without a trailing slash. */
  public String origin() {
    return origin;
  }

  /**
   * @throws IllegalArgumentException if the setting is not an absolute http(s) URL, so a typo stops
   *     the deployment instead of writing broken links
   */
  static String origin(String setting) {
    String url = setting == null || setting.isBlank() ? DEFAULT : setting.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(SETTING + " must be an http(s) URL, not " + setting);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(SETTING + " must be an http(s) URL, not " + setting, e);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
