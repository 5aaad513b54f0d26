package lu.creativecluster.adapter.webui.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.proc.SingleKeyJWSKeySelector;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.JWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import lu.creativecluster.domain.access.Actor;
import org.eclipse.microprofile.config.Config;

/**
 * Security adapter: checks a partner system's bearer token with nimbus-jose-jwt. Only RS256 and
 * ES256 signatures by the configured key, the exact configured issuer, the configured audience, a
 * subject and an expiry (60 s clock skew) are accepted; everything else is refused, and so is every
 * token while no issuer, audience and key are configured.
 */
@ApplicationScoped
public class PartnerTokenVerifier {

  private static final Logger LOG = Logger.getLogger(PartnerTokenVerifier.class.getName());

  static final Set<JWSAlgorithm> ALLOWED_ALGORITHMS =
      Set.of(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
  static final int MAX_CLOCK_SKEW_SECONDS = 60;

  /** Far above any real access token; stops a huge header from being parsed at all. */
  static final int MAX_TOKEN_LENGTH = 16 * 1024;

  private static final int MIN_RSA_BITS = 2048;

  /** RFC 6749 scope-token characters; anything else is dropped rather than trusted. */
  private static final Pattern SCOPE_TOKEN = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

  private final Optional<JWTProcessor<SecurityContext>> processor;

  /** For CDI's client proxy only. */
  protected PartnerTokenVerifier() {
    this.processor = Optional.empty();
  }

  @Inject
  public PartnerTokenVerifier(Config config, Clock clock) {
    this(PartnerTokenSettings.from(config), clock);
  }

  PartnerTokenVerifier(PartnerTokenSettings settings, Clock clock) {
    this.processor = processor(settings, clock);
  }

  /** Reads the configuration at deployment, so a wrong key shows in the log at once. */
  void readConfigurationAtStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    isConfigured();
  }

  /** Whether tokens can be accepted at all (issuer, audience and a readable key configured). */
  public boolean isConfigured() {
    return processor.isPresent();
  }

  /**
   * @return the partner the token speaks for, with the scopes it grants
   * @throws RejectedTokenException if the token is not accepted, for whatever reason
   */
  public Actor verify(String token) throws RejectedTokenException {
    if (processor.isEmpty()) {
      throw new RejectedTokenException("no partner token issuer, audience and key are configured");
    }
    if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
      throw new RejectedTokenException("token missing or too long");
    }
    JWTClaimsSet claims;
    try {
      claims = processor.get().process(token, null);
    } catch (ParseException | BadJOSEException | JOSEException e) {
      throw new RejectedTokenException(e.getMessage(), e);
    } catch (RuntimeException e) {
      // A JWKS location that cannot be reached surfaces here; the caller still just gets 401.
      throw new RejectedTokenException("token could not be checked: " + e, e);
    }
    String subject = claims.getSubject();
    if (subject == null || subject.isBlank()) {
      throw new RejectedTokenException("token without subject");
    }
    return Actor.partner(subject, scopes(claims));
  }

  /**
   * The scopes granted: {@code scope} (space separated, RFC 8693/9068) and {@code scp} (an array or
   * a string, as Entra ID and Okta send it), merged.
   */
  static Set<String> scopes(JWTClaimsSet claims) {
    Set<String> scopes = new LinkedHashSet<>();
    addScopes(scopes, claims.getClaim("scope"));
    addScopes(scopes, claims.getClaim("scp"));
    return scopes;
  }

  private static void addScopes(Set<String> scopes, Object claim) {
    if (claim instanceof String text) {
      for (String scope : text.trim().split("\\s+")) {
        addScope(scopes, scope);
      }
    } else if (claim instanceof Collection<?> values) {
      for (Object value : values) {
        if (value instanceof String scope) {
          addScope(scopes, scope.trim());
        }
      }
    }
  }

  private static void addScope(Set<String> scopes, String scope) {
    if (SCOPE_TOKEN.matcher(scope).matches()) {
      scopes.add(scope);
    }
  }

  private static Optional<JWTProcessor<SecurityContext>> processor(
      PartnerTokenSettings settings, Clock clock) {
    if (settings.issuer().isEmpty() || settings.audience().isEmpty() || !settings.namesAKey()) {
      if (settings.issuer().isPresent() || settings.namesAKey()) {
        LOG.warning(
            "Partner tokens are refused: set all of "
                + PartnerTokenSettings.ISSUER
                + ", "
                + PartnerTokenSettings.AUDIENCE
                + " and one of "
                + PartnerTokenSettings.PUBLIC_KEY
                + ", "
                + PartnerTokenSettings.PUBLIC_KEY_LOCATION
                + ", "
                + PartnerTokenSettings.JWKS_URI);
      }
      return Optional.empty();
    }
    Optional<JWSKeySelector<SecurityContext>> keys = keySelector(settings);
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    // Plain JWTs and "typ" values meant for other uses (such as ID tokens with typ "id_token") stay
    // out.
    processor.setJWSTypeVerifier(
        new DefaultJOSEObjectTypeVerifier<>(
            JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
    processor.setJWSKeySelector(keys.get());
    processor.setJWTClaimsSetVerifier(
        claimsVerifier(settings.issuer().get(), settings.audience().get(), clock));
    LOG.info(
        () ->
            "Partner tokens accepted from issuer "
                + settings.issuer().get()
                + " for audience "
                + settings.audience().get());
    return Optional.of(processor);
  }

  private static DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(
      String issuer, String audience, Clock clock) {
    DefaultJWTClaimsVerifier<SecurityContext> verifier =
        new DefaultJWTClaimsVerifier<>(
            Set.of(audience),
            new JWTClaimsSet.Builder().issuer(issuer).build(),
            Set.of("sub", "exp"),
            Set.of()) {
          @Override
          protected Date currentTime() {
            return Date.from(clock.instant());
          }
        };
    verifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
    return verifier;
  }

  private static Optional<JWSKeySelector<SecurityContext>> keySelector(
      PartnerTokenSettings settings) {
    try {
      if (settings.publicKeyPem().isPresent()) {
        return Optional.of(singleKey(PemPublicKeys.parse(settings.publicKeyPem().get())));
      }
      if (settings.publicKeyLocation().isPresent()) {
        Path file = Path.of(settings.publicKeyLocation().get().replaceFirst("^file:", ""));
        return Optional.of(
            singleKey(PemPublicKeys.parse(Files.readString(file, StandardCharsets.US_ASCII))));
      }
      JWKSource<SecurityContext> jwks =
          JWKSourceBuilder.<SecurityContext>create(
                  URI.create(settings.jwksUri().orElseThrow()).toURL())
              .retrying(true)
              .build();
      return Optional.of(new JWSVerificationKeySelector<>(ALLOWED_ALGORITHMS, jwks));
    } catch (IOException | IllegalArgumentException e) {
      LOG.log(
          Level.SEVERE,
          "Partner tokens are refused: the configured verification key cannot be read: "
              + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * One configured key fixes the algorithm: RS256 for an RSA key, ES256 for a P-256 key. The
   * token's {@code kid}, if any, is irrelevant then.
   */
  private static JWSKeySelector<SecurityContext> singleKey(PublicKey key) {
    if (key instanceof RSAPublicKey rsa) {
      if (rsa.getModulus().bitLength() < MIN_RSA_BITS) {
        throw new IllegalArgumentException("RSA keys need at least " + MIN_RSA_BITS + " bits");
      }
      return new SingleKeyJWSKeySelector<>(JWSAlgorithm.RS256, key);
    }
    if (key instanceof ECPublicKey ec
        && Curve.P_256.equals(Curve.forECParameterSpec(ec.getParams()))) {
      return new SingleKeyJWSKeySelector<>(JWSAlgorithm.ES256, key);
    }
    throw new IllegalArgumentException(
        "only RSA (RS256) and EC P-256 (ES256) keys are accepted, not " + key.getAlgorithm());
  }
}
