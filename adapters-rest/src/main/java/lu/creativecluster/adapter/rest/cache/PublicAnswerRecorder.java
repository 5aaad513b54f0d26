package lu.creativecluster.adapter.rest.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * REST adapter: for an answer {@link PublicAnswerFilter} decided to keep, writes the entity into a
 * buffer, keeps the bytes with the headers in {@link PublicAnswerCache}, then sends them on. An
 * entity that fails to write is not kept.
 */
@Provider
@ApplicationScoped
public class PublicAnswerRecorder implements WriterInterceptor {

  @Inject PublicAnswerCache cache;

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    Object pending = context.getProperty(PendingAnswer.ATTRIBUTE);
    Object recording = context.getProperty(PublicAnswerFilter.RECORDING);
    if (!(pending instanceof PendingAnswer kept)
        || !(recording instanceof PublicAnswerFilter.Recording answered)) {
      context.proceed();
      return;
    }
    OutputStream original = context.getOutputStream();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    context.setOutputStream(buffer);
    try {
      context.proceed();
    } finally {
      context.setOutputStream(original);
    }
    byte[] body = buffer.toByteArray();
    cache.keep(
        kept.key(), kept.token(), new PublicAnswer(answered.status(), answered.headers(), body));
    original.write(body);
  }
}
