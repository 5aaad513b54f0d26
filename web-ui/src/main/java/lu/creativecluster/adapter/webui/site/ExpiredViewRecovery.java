package lu.creativecluster.adapter.webui.site;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.faces.event.ExceptionQueuedEventContext;
import jakarta.faces.event.PhaseId;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Web adapter: a form posted after its session ended (30 minutes idle, or signed out in another
 * tab) reloads its page instead of showing the error page; nothing was done, and the person simply
 * fills it in again. A view state that cannot be restored at all (forged, truncated, from another
 * server) is the same case for the person who sent it, and is answered the same way: whatever goes
 * wrong while a posted view is restored is the client's stale or broken form, never an incident.
 */
public class ExpiredViewRecovery extends ExceptionHandlerWrapper {

  private static final Logger LOG = Logger.getLogger(ExpiredViewRecovery.class.getName());

  public ExpiredViewRecovery(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext context = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      ExceptionQueuedEventContext queued = events.next().getContext();
      Throwable thrown = queued.getException();
      ViewExpiredException expired = expired(thrown);
      if (context.getResponseComplete()) {
        continue;
      }
      if (expired != null) {
        events.remove();
        reload(context, expired.getViewId());
      } else if (isRestoringAPostedView(context, queued)) {
        LOG.log(Level.FINE, "A posted view state could not be restored", thrown);
        events.remove();
        reload(context, postedViewId(context));
      }
    }
    super.handle();
  }

  private static boolean isRestoringAPostedView(
      FacesContext context, ExceptionQueuedEventContext queued) {
    return PhaseId.RESTORE_VIEW.equals(queued.getPhaseId()) && context.isPostback();
  }

  /** The view the form was posted to: set by the page router, whatever the view state said. */
  private static String postedViewId(FacesContext context) {
    Object request = context.getExternalContext().getRequest();
    if (request instanceof HttpServletRequest http) {
      Optional<Page> page = SiteRequest.page(http);
      if (page.isPresent()) {
        return page.get().viewId();
      }
    }
    return Page.HOME.viewId();
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
