package lu.creativecluster.application.port.in.ratelimit;

/**
 * Use case: per-client rate limits on the public forms and the public API. Each bucket (such as
 * {@code api} or {@code sign-in}) counts each client (an address, a token subject) separately.
 */
public interface AdmitRequestUseCase {

  Admission admit(String bucket, String clientKey, RateLimit limit);
}
