package lu.creativecluster.adapter.rest.access;

import jakarta.ws.rs.core.CacheControl;

/** REST adapter: answers that depend on who asks are never kept by a cache for someone else. */
public final class PrivateAnswers {

  private PrivateAnswers() {}

  public static CacheControl noStore() {
    CacheControl cache = new CacheControl();
    cache.setNoStore(true);
    cache.setPrivate(true);
    return cache;
  }
}
