package lu.creativecluster.application.service.inquiry;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import lu.creativecluster.application.port.out.account.ConcurrentUpdateException;
import lu.creativecluster.application.port.out.inquiry.InquiryMailTexts;
import lu.creativecluster.application.port.out.inquiry.StoredMailText;
import lu.creativecluster.domain.inquiry.InquiryMailKind;
import lu.creativecluster.domain.inquiry.InquiryMailText;
import lu.creativecluster.domain.shared.Language;

/** Test fake: the admins' mail wordings in a map, with the versions the contract demands. */
public final class InMemoryInquiryMailTexts implements InquiryMailTexts {

  private final Map<String, StoredMailText> stored = new ConcurrentHashMap<>();

  private static String key(InquiryMailKind kind, Language language) {
    return kind.code() + ":" + language.code();
  }

  @Override
  public Optional<StoredMailText> find(InquiryMailKind kind, Language language) {
    return Optional.ofNullable(stored.get(key(kind, language)));
  }

  @Override
  public List<StoredMailText> all() {
    return new ArrayList<>(stored.values());
  }

  @Override
  public synchronized void save(InquiryMailText text, long expectedVersion) {
    long current =
        find(text.kind(), text.language()).map(StoredMailText::version).orElse(NOT_STORED);
    if (current != expectedVersion) {
      throw new ConcurrentUpdateException("the mail text", null);
    }
    stored.put(key(text.kind(), text.language()), new StoredMailText(text, current + 1));
  }

  @Override
  public synchronized void remove(InquiryMailKind kind, Language language, long expectedVersion) {
    long current = find(kind, language).map(StoredMailText::version).orElse(NOT_STORED);
    if (current == NOT_STORED || current != expectedVersion) {
      throw new ConcurrentUpdateException("the mail text", null);
    }
    stored.remove(key(kind, language));
  }
}
