package lu.creativecluster.application.port.in.member;

/** Value object: where a page of results sits in the whole answer. */
public record PageInfo(int number, int size, long totalItems, long totalPages) {

  public PageInfo {
    if (number < 0 || size < 1 || totalItems < 0 || totalPages < 0) {
      throw new IllegalArgumentException("page figures are never negative, size at least 1");
    }
  }

  public static PageInfo of(int number, int size, long totalItems) {
    return new PageInfo(number, size, totalItems, (totalItems + size - 1) / size);
  }

  public boolean hasNext() {
    return number + 1L < totalPages;
  }

  public boolean hasPrevious() {
    return number > 0;
  }
}
