package lu.creativecluster.adapter.rest.cache;

/**
 * REST adapter: an anonymous GET whose answer {@link PublicAnswerCache} does not hold yet, and the
 * key and token under which it is to be kept once the resource has answered.
 */
record PendingAnswer(PublicAnswerCache.Key key, Object token, AnswerFreshness freshness) {

  /** Request attribute (a JAX-RS request property as well) holding the pending answer. */
  static final String ATTRIBUTE = PendingAnswer.class.getName();
}
