package lu.creativecluster.adapter.rest.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lu.creativecluster.adapter.rest.inquiry.InquiryDtos;
import lu.creativecluster.adapter.rest.problem.InvalidParam;
import lu.creativecluster.adapter.rest.problem.Problem;
import lu.creativecluster.adapter.rest.problem.ProblemType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The writer must answer exactly what JSON-B answered before it: every record of the REST adapter
 * is filled with varied values (nulls, escapes, empty and longer lists, instants with and without
 * fractions) and written by both.
 */
class RecordJsonWriterTest {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final int VARIANTS = 6;
  private static final List<String> TEXTS =
      List.of(
          "Atelier Mosaïque",
          "Ungültige \"Eingabe\" \\ <script>alert(1)</script>\n",
          "",
          "créée\tà 100 % \u0001 \u2028 😀");
  private static final List<Instant> INSTANTS =
      List.of(
          Instant.parse("2026-11-30T17:55:51.379910Z"),
          Instant.parse("2026-01-01T00:00:00Z"),
          Instant.parse("2026-06-15T08:30:00.100Z"));

  private final RecordJsonWriter writer = new RecordJsonWriter();

  @AfterAll
  static void close() throws Exception {
    JSONB.close();
  }

  static Stream<Class<?>> adapterRecords() throws IOException, URISyntaxException {
    Path classes =
        Path.of(RecordJsonWriter.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    try (Stream<Path> files = Files.walk(classes)) {
      List<Class<?>> records = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        String name = classes.relativize(file).toString().replace('/', '.').replace(".class", "");
        try {
          Class<?> type = Class.forName(name, false, RecordJsonWriter.class.getClassLoader());
          if (type.isRecord()) {
            records.add(type);
          }
        } catch (ClassNotFoundException | LinkageError e) {
          // Not loadable outside the server (it needs a runtime class): not a DTO.
        }
      }
      return records.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("adapterRecords")
  void writesEveryRecordItCanAsJsonBDoes(Class<?> type) throws IOException {
    if (!writer.isWriteable(type, type, new Annotation[0], null)) {
      return; // Left to JSON-B; the next test makes sure the DTOs that matter are not.
    }
    int written = 0;
    for (int variant = 0; variant < VARIANTS; variant++) {
      Object value = sample(type, variant, 0);
      if (value != null) {
        assertEquals(JSONB.toJson(value), written((Record) value), type.getName() + " #" + variant);
        written++;
      }
    }
    assertTrue(written > 0, "no valid sample of " + type.getName());
  }

  @Test
  void writesTheDtosOfUncachedAnswersItself() throws Exception {
    Set<String> written =
        adapterRecords()
            .filter(t -> writer.isWriteable(t, t, new Annotation[0], null))
            .map(Class::getSimpleName)
            .collect(Collectors.toSet());
    for (Class<?> type : List.of(Problem.class, InquiryDtos.AskerViewDto.class)) {
      assertTrue(written.contains(type.getSimpleName()), type.getName());
    }
    assertTrue(written.size() >= 40, "records written directly: " + written.size());
  }

  @Test
  void leavesOtherTypesToJsonB() {
    Annotation[] none = new Annotation[0];
    assertFalse(writer.isWriteable(Object.class, Object.class, none, null));
    assertFalse(writer.isWriteable(String.class, String.class, none, null));
    assertFalse(writer.isWriteable(Generic.class, Generic.class, none, null));
    assertFalse(writer.isWriteable(WithGetter.class, WithGetter.class, none, null));
  }

  @Test
  void problemsKeepTheirDeclaredOrderAndLeaveNullsOut() throws IOException {
    Problem problem =
        new Problem(
            ProblemType.INVALID_PARAMETER,
            "Invalid request parameter",
            400,
            null,
            "/api/v1/sectors",
            List.of(new InvalidParam("lang", "must be one of: de, fr, en")));
    assertEquals(
        "{\"type\":\""
            + ProblemType.INVALID_PARAMETER
            + "\",\"title\":\"Invalid request"
            + " parameter\",\"status\":400,\"instance\":\"/api/v1/sectors\",\"invalidParams\":"
            + "[{\"name\":\"lang\",\"reason\":\"must be one of: de, fr, en\"}]}",
        written(problem));
    assertEquals(JSONB.toJson(problem), written(problem));
  }

  @Test
  void leavesTheContainersStreamOpen() throws IOException {
    ClosingAwareStream out = new ClosingAwareStream();
    writer.writeTo(
        new InvalidParam("a", "b"), InvalidParam.class, InvalidParam.class, null, null, null, out);
    assertFalse(out.closed);
    assertEquals("{\"name\":\"a\",\"reason\":\"b\"}", out.toString(StandardCharsets.UTF_8));
  }

  public record Generic<T>(List<T> items) {}

  public record WithGetter(String name) {
    public String getLabel() {
      return name.toUpperCase(java.util.Locale.ROOT);
    }
  }

  private String written(Record value) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writeTo(value, value.getClass(), value.getClass(), null, null, null, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  /** A value of this type for this variant, or null when its constructor refuses the values. */
  private static Object sample(Type type, int variant, int depth) {
    if (type instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      Type[] args = p.getActualTypeArguments();
      int size = depth > 2 ? 0 : variant % 3;
      if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
          Object item = sample(args[0], variant + i + 1, depth + 1);
          if (item != null) {
            items.add(item);
          }
        }
        return Set.class.isAssignableFrom(raw) ? Set.copyOf(items) : items;
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < size; i++) {
          map.put(List.of("de", "fr", "en").get(i), sample(args[1], variant + i, depth + 1));
        }
        return map;
      }
      return null;
    }
    Class<?> c = (Class<?>) type;
    boolean absent = !c.isPrimitive() && variant % 4 == 3;
    if (absent) {
      return null;
    }
    if (c == String.class) {
      return TEXTS.get(variant % TEXTS.size());
    }
    if (c == int.class || c == Integer.class) {
      return variant * 37 - 1;
    }
    if (c == long.class || c == Long.class) {
      return 10_000_000_000L * variant + 7;
    }
    if (c == boolean.class || c == Boolean.class) {
      return variant % 2 == 0;
    }
    if (c == BigDecimal.class) {
      return List.of(new BigDecimal("12500.50"), new BigDecimal("0.10"), BigDecimal.ZERO)
          .get(variant % 3);
    }
    if (c == BigInteger.class) {
      return BigInteger.valueOf(variant);
    }
    if (c == Instant.class) {
      return INSTANTS.get(variant % INSTANTS.size());
    }
    if (c == LocalDate.class) {
      return LocalDate.of(2026, 1 + variant % 12, 1 + variant);
    }
    if (c == LocalDateTime.class) {
      return LocalDateTime.of(2026, 3, 29, 2 + variant, variant * 7 % 60, variant % 2 * 30);
    }
    if (c == URI.class) {
      return URI.create("https://example.lu/a?b=" + variant);
    }
    if (c == UUID.class) {
      return UUID.nameUUIDFromBytes(new byte[] {(byte) variant});
    }
    if (c.isRecord() && depth < 4) {
      RecordComponent[] components = c.getRecordComponents();
      Object[] values = new Object[components.length];
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        values[i] = sample(components[i].getGenericType(), variant + i, depth + 1);
        if (values[i] == null && types[i].isPrimitive()) {
          return null;
        }
      }
      try {
        Constructor<?> constructor = c.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        return constructor.newInstance(values);
      } catch (InvocationTargetException e) {
        return null; // The record refuses these values (a null it requires, for example).
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }
    return null;
  }

  private static final class ClosingAwareStream extends ByteArrayOutputStream {
    private boolean closed;

    @Override
    public void close() {
      closed = true;
    }
  }
}
