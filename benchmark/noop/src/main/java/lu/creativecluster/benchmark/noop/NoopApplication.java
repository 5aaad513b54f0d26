package lu.creativecluster.benchmark.noop;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Benchmark baseline: the cheapest JAX-RS answer this server can give (no CDI bean of its own, no
 * database, no security), deployed beside the platform so each endpoint's speed is a ratio to it.
 */
@ApplicationPath("/")
public class NoopApplication extends Application {}
