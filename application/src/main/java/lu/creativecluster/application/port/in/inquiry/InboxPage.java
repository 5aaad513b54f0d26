package lu.creativecluster.application.port.in.inquiry;

import java.util.List;
import lu.creativecluster.domain.inquiry.Inquiry;

/** Read model: one page of the staff inbox and how many inquiries match in all. */
public record InboxPage(List<Inquiry> items, long total, int page, int size) {

  public InboxPage {
    items = List.copyOf(items);
  }
}
