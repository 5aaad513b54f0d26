package lu.creativecluster.adapter.webui.security;

import java.util.Objects;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: which partner tokens are trusted, from configuration. The verification key is
 * one of a PEM text, a PEM file or a JWKS location; with no issuer, audience or key, no token is
 * accepted at all.
 */
public record PartnerTokenSettings(
    Optional<String> issuer,
    Optional<String> audience,
    Optional<String> publicKeyPem,
    Optional<String> publicKeyLocation,
    Optional<String> jwksUri) {

  public static final String ISSUER = "cluster.jwt.issuer";
  public static final String AUDIENCE = "cluster.jwt.audience";
  public static final String PUBLIC_KEY = "cluster.jwt.public-key";
  public static final String PUBLIC_KEY_LOCATION = "cluster.jwt.public-key-location";
  public static final String JWKS_URI = "cluster.jwt.jwks-uri";

  public static final PartnerTokenSettings NONE =
      new PartnerTokenSettings(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  public PartnerTokenSettings {
    issuer = trimmed(issuer);
    audience = trimmed(audience);
    publicKeyPem = trimmed(publicKeyPem);
    publicKeyLocation = trimmed(publicKeyLocation);
    jwksUri = trimmed(jwksUri);
  }

  public static PartnerTokenSettings from(Config config) {
    return new PartnerTokenSettings(
        config.getOptionalValue(ISSUER, String.class),
        config.getOptionalValue(AUDIENCE, String.class),
        config.getOptionalValue(PUBLIC_KEY, String.class),
        config.getOptionalValue(PUBLIC_KEY_LOCATION, String.class),
        config.getOptionalValue(JWKS_URI, String.class));
  }

  /** Whether a key source is named; the verifier still refuses tokens if it cannot be read. */
  public boolean namesAKey() {
    return publicKeyPem.isPresent() || publicKeyLocation.isPresent() || jwksUri.isPresent();
  }

  private static Optional<String> trimmed(Optional<String> value) {
    return Objects.requireNonNull(value).map(String::trim).filter(s -> !s.isEmpty());
  }
}
