package lu.creativecluster.it.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Test infrastructure: mints the bearer tokens a partner's identity provider would issue, and the
 * forged or broken ones an attacker would try. Valid unless a method says otherwise.
 */
public final class TestTokens {

  public static final String ISSUER =
      System.getProperty("it.jwt.issuer", "https://partners.test/issuer");
  public static final String AUDIENCE =
      System.getProperty("it.jwt.audience", "creative-cluster-api");

  private String subject;
  private List<String> scopes = List.of();
  private boolean scopesAsScpArray;
  private String issuer = ISSUER;
  private List<String> audiences = List.of(AUDIENCE);
  private Instant expiresAt = Instant.now().plus(Duration.ofMinutes(5));
  private JWSAlgorithm algorithm = JWSAlgorithm.RS256;
  private RSAKey key = TestIdentityProvider.signingKey();
  private String keyId;

  private TestTokens(String subject) {
    this.subject = subject;
  }

  /** A token for this partner system, signed by the trusted key, valid for five minutes. */
  public static TestTokens forPartner(String subject) {
    return new TestTokens(subject);
  }

  /** Shorthand: a valid signed token with these scopes. */
  public static String valid(String subject, String... scopes) {
    return forPartner(subject).scopes(scopes).sign();
  }

  public TestTokens scopes(String... scopes) {
    this.scopes = List.of(scopes);
    return this;
  }

  /** Scopes in an {@code scp} array (as Entra ID and others issue them), not in {@code scope}. */
  public TestTokens scopesAsScpArray() {
    this.scopesAsScpArray = true;
    return this;
  }

  public TestTokens issuer(String issuer) {
    this.issuer = issuer;
    return this;
  }

  public TestTokens audiences(String... audiences) {
    this.audiences = List.of(audiences);
    return this;
  }

  public TestTokens expiresAt(Instant expiresAt) {
    this.expiresAt = expiresAt;
    return this;
  }

  public TestTokens withoutExpiry() {
    this.expiresAt = null;
    return this;
  }

  public TestTokens algorithm(JWSAlgorithm algorithm) {
    this.algorithm = algorithm;
    return this;
  }

  /** Signed by a key pair the server does not trust. */
  public TestTokens signedByAnotherKey() {
    this.key = TestIdentityProvider.newKey();
    return this;
  }

  /** A {@code kid} header, as identity providers that rotate keys always send. */
  public TestTokens keyId(String keyId) {
    this.keyId = keyId;
    return this;
  }

  public String sign() {
    try {
      JWSHeader header = new JWSHeader.Builder(algorithm).keyID(keyId).build();
      SignedJWT jwt = new SignedJWT(header, claims());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The algorithm-confusion attack: HS256 with the server's own public key (which anyone may know)
   * as the HMAC secret, hoping the server verifies with whatever algorithm the token names.
   */
  public String signHs256WithThePublicKeyAsSecret() {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims());
      jwt.sign(
          new MACSigner(TestIdentityProvider.publicKeyPem().getBytes(StandardCharsets.US_ASCII)));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** No signature at all: {@code "alg":"none"}. */
  public String unsigned() {
    return new PlainJWT(claims()).serialize();
  }

  private JWTClaimsSet claims() {
    Instant now = Instant.now();
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(audiences)
            .issueTime(Date.from(now))
            .jwtID(UUID.randomUUID().toString());
    if (expiresAt != null) {
      claims.expirationTime(Date.from(expiresAt));
    }
    if (!scopes.isEmpty()) {
      if (scopesAsScpArray) {
        claims.claim("scp", scopes);
      } else {
        claims.claim("scope", String.join(" ", scopes));
      }
    }
    return claims.build();
  }
}
