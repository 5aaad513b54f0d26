package lu.creativecluster.adapter.webui.site;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * Web adapter: a form posted after its session ended (30 minutes idle, or signed out in another
 * tab) reloads its page instead of showing the error page; nothing was done, and the person simply
 * fills it in again.
 */
public class ExpiredViewRecovery extends ExceptionHandlerWrapper {

  public ExpiredViewRecovery(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable thrown = events.next().getContext().getException();
      ViewExpiredException expired = expired(thrown);
      if (expired != null && !context.getResponseComplete()) {
        events.remove();
        reload(context, expired.getViewId());
      }
    }
    super.handle();
  }

  private static void reload(FacesContext context, String viewId) {
    String url =
        LanguageViewHandler.urlOf(context, viewId, true)
            .orElseGet(
                () -> context.getApplication().getViewHandler().getActionURL(context, viewId));
    try {
      context.getExternalContext().redirect(url);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    context.responseComplete();
  }

  private static ViewExpiredException expired(Throwable thrown) {
    Throwable cause = thrown;
    while (cause != null) {
      if (cause instanceof ViewExpiredException expired) {
        return expired;
      }
      cause = cause instanceof FacesException ? cause.getCause() : null;
    }
    return null;
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new ExpiredViewRecovery(getWrapped().getExceptionHandler());
    }
  }
}
