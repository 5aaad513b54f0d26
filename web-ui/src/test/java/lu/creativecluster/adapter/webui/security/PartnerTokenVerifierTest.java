package lu.creativecluster.adapter.webui.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import lu.creativecluster.domain.access.Actor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartnerTokenVerifierTest {

  private static final String ISSUER = "https://idp.ministry.example/realms/partners";
  private static final String AUDIENCE = "creative-cluster-api";
  private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private static KeyPair rsa;
  private static KeyPair otherRsa;
  private static KeyPair ec;

  @BeforeAll
  static void generateKeys() throws Exception {
    KeyPairGenerator rsaGenerator = KeyPairGenerator.getInstance("RSA");
    rsaGenerator.initialize(2048);
    rsa = rsaGenerator.generateKeyPair();
    otherRsa = rsaGenerator.generateKeyPair();
    KeyPairGenerator ecGenerator = KeyPairGenerator.getInstance("EC");
    ecGenerator.initialize(new ECGenParameterSpec("secp256r1"));
    ec = ecGenerator.generateKeyPair();
  }

  // --- accepted tokens

  @Test
  void anRs256TokenFromTheConfiguredIssuer_isAccepted_asThePartnerWithItsScopes() throws Exception {
    Actor actor =
        verifierWithPem(rsa.getPublic())
            .verify(rs256(claims(b -> b.claim("scope", "stats:read members:read"))));

    assertEquals(Actor.Kind.PARTNER, actor.kind());
    assertEquals("ministry-statistics", actor.id());
    assertEquals(Set.of("stats:read", "members:read"), actor.scopes());
    assertEquals("partner:ministry-statistics", actor.getName());
  }

  @Test
  void anEs256Token_isAcceptedWithAnEcKeyFromAPemFile(@TempDir Path dir) throws Exception {
    Path pem = dir.resolve("partner.pem");
    Files.writeString(pem, pem(ec.getPublic()));
    PartnerTokenVerifier verifier =
        verifier(settings(Optional.empty(), Optional.of(pem.toString())));

    Actor actor = verifier.verify(es256(claims(b -> b.claim("scp", List.of("cooperation:read")))));

    assertEquals(Set.of("cooperation:read"), actor.scopes());
  }

  @Test
  void aPemPastedIntoAnEnvironmentVariableWithEscapedLineBreaks_works() throws Exception {
    String escaped = pem(rsa.getPublic()).replace("\n", "\\n");

    assertTrue(verifier(settings(Optional.of(escaped), Optional.empty())).isConfigured());
    verifier(settings(Optional.of(escaped), Optional.empty())).verify(rs256(claims(b -> b)));
  }

  @Test
  void anAudienceListContainingOurs_isAccepted() throws Exception {
    verifierWithPem(rsa.getPublic())
        .verify(rs256(claims(b -> b.audience(List.of("another-api", AUDIENCE)))));
  }

  @Test
  void aTokenExpiredWithinTheClockSkew_isStillAccepted() throws Exception {
    verifierWithPem(rsa.getPublic())
        .verify(rs256(claims(b -> b.expirationTime(at(NOW.minusSeconds(50))))));
  }

  @Test
  void accessTokensTypedAtJwt_areAccepted() throws Exception {
    JWSHeader header =
        new JWSHeader.Builder(JWSAlgorithm.RS256).type(new JOSEObjectType("at+jwt")).build();

    verifierWithPem(rsa.getPublic())
        .verify(sign(header, claims(b -> b), new RSASSASigner(rsa.getPrivate())));
  }

  @Test
  void keysFromAJwksLocation_areChosenByKeyId() throws Exception {
    RSAKey rsaJwk = new RSAKey.Builder((RSAPublicKey) rsa.getPublic()).keyID("rsa-1").build();
    ECKey ecJwk =
        new ECKey.Builder(Curve.P_256, (ECPublicKey) ec.getPublic()).keyID("ec-1").build();
    HttpServer server = jwksServer(new JWKSet(List.of(rsaJwk, ecJwk)).toString());
    try {
      String uri = "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks.json";
      PartnerTokenVerifier verifier =
          verifier(
              new PartnerTokenSettings(
                  Optional.of(ISSUER),
                  Optional.of(AUDIENCE),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.of(uri)));

      JWSHeader rsaHeader = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build();
      JWSHeader ecHeader = new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("ec-1").build();
      JWSHeader unknownKid = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-2").build();
      verifier.verify(sign(rsaHeader, claims(b -> b), new RSASSASigner(rsa.getPrivate())));
      verifier.verify(
          sign(ecHeader, claims(b -> b), new ECDSASigner((ECPrivateKey) ec.getPrivate())));
      assertRefused(
          verifier, sign(unknownKid, claims(b -> b), new RSASSASigner(otherRsa.getPrivate())));
    } finally {
      server.stop(0);
    }
  }

  // --- refused tokens

  @Test
  void aTokenSignedByAnotherKey_isRefused() throws Exception {
    String forged =
        sign(
            new JWSHeader(JWSAlgorithm.RS256),
            claims(b -> b),
            new RSASSASigner(otherRsa.getPrivate()));

    assertRefused(verifierWithPem(rsa.getPublic()), forged);
  }

  @Test
  void aTokenWhosePayloadWasChanged_isRefused() throws Exception {
    String token = rs256(claims(b -> b.claim("scope", "stats:read")));
    String[] parts = token.split("\\.");
    String payload =
        Base64.getUrlEncoder()
            .withoutPadding()
            .encodeToString(
                claims(b -> b.claim("scope", "cooperation:write"))
                    .toString()
                    .getBytes(StandardCharsets.UTF_8));

    assertRefused(verifierWithPem(rsa.getPublic()), parts[0] + "." + payload + "." + parts[2]);
  }

  @Test
  void aTokenFromAnotherIssuer_isRefused_evenIfItOnlyDiffersByATrailingSlash() throws Exception {
    PartnerTokenVerifier verifier = verifierWithPem(rsa.getPublic());

    assertRefused(verifier, rs256(claims(b -> b.issuer("https://evil.example/"))));
    assertRefused(verifier, rs256(claims(b -> b.issuer(ISSUER + "/"))));
    assertRefused(verifier, rs256(claims(b -> b.issuer(null))));
  }

  @Test
  void aTokenForAnotherAudience_orWithoutAudience_isRefused() throws Exception {
    PartnerTokenVerifier verifier = verifierWithPem(rsa.getPublic());

    assertRefused(verifier, rs256(claims(b -> b.audience("another-api"))));
    assertRefused(verifier, rs256(claims(b -> b.audience((String) null))));
  }

  @Test
  void anExpiredToken_isRefused() throws Exception {
    assertRefused(
        verifierWithPem(rsa.getPublic()),
        rs256(claims(b -> b.expirationTime(at(NOW.minusSeconds(61))))));
  }

  @Test
  void aTokenWithoutExpiry_isRefused() throws Exception {
    assertRefused(verifierWithPem(rsa.getPublic()), rs256(claims(b -> b.expirationTime(null))));
  }

  @Test
  void aTokenNotYetValid_isRefused() throws Exception {
    assertRefused(
        verifierWithPem(rsa.getPublic()),
        rs256(
            claims(
                b ->
                    b.notBeforeTime(at(NOW.plusSeconds(120)))
                        .expirationTime(at(NOW.plusSeconds(600))))));
  }

  @Test
  void aTokenWithoutSubject_isRefused() throws Exception {
    assertRefused(verifierWithPem(rsa.getPublic()), rs256(claims(b -> b.subject(null))));
  }

  @Test
  void anUnsignedToken_algNone_isRefused() throws Exception {
    String unsigned = new PlainJWT(claims(b -> b)).serialize();

    assertRefused(verifierWithPem(rsa.getPublic()), unsigned);
  }

  @Test
  void anHs256TokenKeyedWithThePublicKey_isRefused() throws Exception {
    // The classic algorithm-confusion attack: HMAC "signed" with the verifier's public key bytes.
    String confused =
        sign(
            new JWSHeader(JWSAlgorithm.HS256),
            claims(b -> b),
            new MACSigner(rsa.getPublic().getEncoded()));

    assertRefused(verifierWithPem(rsa.getPublic()), confused);
  }

  @Test
  void anRs256Token_isRefusedWhenTheConfiguredKeyIsAnEcKey() throws Exception {
    assertRefused(verifierWithPem(ec.getPublic()), rs256(claims(b -> b)));
  }

  @Test
  void anRs384Token_isRefused_onlyRs256AndEs256AreAllowed() throws Exception {
    String rs384 =
        sign(new JWSHeader(JWSAlgorithm.RS384), claims(b -> b), new RSASSASigner(rsa.getPrivate()));

    assertRefused(verifierWithPem(rsa.getPublic()), rs384);
  }

  @Test
  void garbage_isRefused() {
    PartnerTokenVerifier verifier = verifierWithPem(rsa.getPublic());

    assertRefused(verifier, "not-a-jwt");
    assertRefused(verifier, "a.b.c");
    assertRefused(verifier, "");
    assertRefused(verifier, "x".repeat(PartnerTokenVerifier.MAX_TOKEN_LENGTH + 1));
  }

  @Test
  void withoutConfiguration_everyTokenIsRefused() throws Exception {
    PartnerTokenVerifier verifier = verifier(PartnerTokenSettings.NONE);

    assertFalse(verifier.isConfigured());
    assertRefused(verifier, rs256(claims(b -> b)));
  }

  @Test
  void withAKeyButNoAudience_everyTokenIsRefused() throws Exception {
    PartnerTokenVerifier verifier =
        verifier(
            new PartnerTokenSettings(
                Optional.of(ISSUER),
                Optional.empty(),
                Optional.of(pem(rsa.getPublic())),
                Optional.empty(),
                Optional.empty()));

    assertFalse(verifier.isConfigured());
    assertRefused(verifier, rs256(claims(b -> b)));
  }

  @Test
  void anUnreadableKey_leavesTheVerifierRefusingEverything(@TempDir Path dir) throws Exception {
    assertFalse(
        verifier(
                settings(
                    Optional.of("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----"),
                    Optional.empty()))
            .isConfigured());
    assertFalse(
        verifier(settings(Optional.empty(), Optional.of(dir.resolve("missing.pem").toString())))
            .isConfigured());
  }

  @Test
  void aShortRsaKey_isNotTrusted() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(1024);

    assertFalse(verifierWithPem(generator.generateKeyPair().getPublic()).isConfigured());
  }

  // --- scopes

  @Test
  void scopes_areReadFromScopeAndScp_andMerged() throws Exception {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .claim("scope", "  stats:read   members:read ")
            .claim("scp", List.of("cooperation:read", "stats:read"))
            .build();

    assertEquals(
        Set.of("stats:read", "members:read", "cooperation:read"),
        PartnerTokenVerifier.scopes(claims));
  }

  @Test
  void scopes_acceptScpAsAString_andDropValuesThatAreNotScopeTokens() {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .claim("scp", "cooperation:write")
            .claim("scope", List.of("not\"a scope", "stats:read\n", 42))
            .build();

    assertEquals(Set.of("cooperation:write", "stats:read"), PartnerTokenVerifier.scopes(claims));
  }

  @Test
  void noScopeClaims_meanNoScopes() {
    assertEquals(Set.of(), PartnerTokenVerifier.scopes(new JWTClaimsSet.Builder().build()));
  }

  // --- helpers

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .audience(AUDIENCE)
            .subject("ministry-statistics")
            .issueTime(at(NOW.minusSeconds(10)))
            .expirationTime(at(NOW.plus(Duration.ofMinutes(5))));
    return change.apply(builder).build();
  }

  private static String rs256(JWTClaimsSet claims) throws Exception {
    return sign(new JWSHeader(JWSAlgorithm.RS256), claims, new RSASSASigner(rsa.getPrivate()));
  }

  private static String es256(JWTClaimsSet claims) throws Exception {
    return sign(
        new JWSHeader(JWSAlgorithm.ES256), claims, new ECDSASigner((ECPrivateKey) ec.getPrivate()));
  }

  private static String sign(JWSHeader header, JWTClaimsSet claims, JWSSigner signer)
      throws Exception {
    SignedJWT jwt = new SignedJWT(header, claims);
    jwt.sign(signer);
    return jwt.serialize();
  }

  private static Date at(Instant instant) {
    return Date.from(instant);
  }

  private static String pem(PublicKey key) {
    String body =
        Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
            .encodeToString(key.getEncoded());
    return "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n";
  }

  private static PartnerTokenSettings settings(Optional<String> pem, Optional<String> location) {
    return new PartnerTokenSettings(
        Optional.of(ISSUER), Optional.of(AUDIENCE), pem, location, Optional.empty());
  }

  private static PartnerTokenVerifier verifierWithPem(PublicKey key) {
    return verifier(settings(Optional.of(pem(key)), Optional.empty()));
  }

  private static PartnerTokenVerifier verifier(PartnerTokenSettings settings) {
    return new PartnerTokenVerifier(settings, CLOCK);
  }

  private static void assertRefused(PartnerTokenVerifier verifier, String token) {
    assertThrows(RejectedTokenException.class, () -> verifier.verify(token));
  }

  private static HttpServer jwksServer(String json) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/jwks.json",
        exchange -> {
          byte[] body = json.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/json");
          exchange.sendResponseHeaders(200, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    server.start();
    return server;
  }
}
