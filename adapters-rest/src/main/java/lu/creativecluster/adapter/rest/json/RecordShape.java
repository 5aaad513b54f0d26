package lu.creativecluster.adapter.rest.json;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.json.stream.JsonGenerator;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * REST adapter: how one record DTO is written as JSON, worked out once per class: its properties in
 * JSON-B's order (those a {@link JsonbPropertyOrder} names first, the rest by name), each with a
 * writer for its declared type. A shape exists only for records whose every component has a type
 * listed here and that JSON-B would read no further properties from (no {@code getX()} or {@code
 * isX()} methods, no JSON-B annotation but the property order); anything else is left to JSON-B.
 */
final class RecordShape {

  private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_LOCAL_DATE_TIME;

  private static final ClassValue<Optional<RecordShape>> SHAPES =
      new ClassValue<>() {
        @Override
        protected Optional<RecordShape> computeValue(Class<?> type) {
          return Optional.ofNullable(build(type, new LinkedHashSet<>()));
        }
      };

  /** Writes one value where the generator expects a value (after a key, or in an array). */
  interface ValueWriter {
    void write(JsonGenerator json, Object value);
  }

  private record Property(String name, MethodHandle accessor, ValueWriter writer) {}

  private final List<Property> properties;

  private RecordShape(List<Property> properties) {
    this.properties = properties;
  }

  /** The shape of this class, if it is a record this writer can write exactly as JSON-B does. */
  static Optional<RecordShape> of(Class<?> type) {
    return SHAPES.get(type);
  }

  void write(JsonGenerator json, Object record) {
    json.writeStartObject();
    for (Property property : properties) {
      Object value = read(property, record);
      if (value != null) {
        json.writeKey(property.name());
        property.writer().write(json, value);
      }
    }
    json.writeEnd();
  }

  private static Object read(Property property, Object record) {
    try {
      return property.accessor().invoke(record);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("cannot read " + property.name(), e);
    }
  }

  private static RecordShape build(Class<?> type, Set<Class<?>> inProgress) {
    if (!type.isRecord() || !Modifier.isPublic(type.getModifiers()) || hasOtherProperties(type)) {
      return null;
    }
    if (!inProgress.add(type)) {
      return null; // A record that contains itself: rare enough to leave to JSON-B.
    }
    List<Property> properties = new ArrayList<>();
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    for (RecordComponent component : type.getRecordComponents()) {
      if (component.getAnnotations().length > 0 && hasJsonbAnnotation(component)) {
        return null;
      }
      ValueWriter writer = writerFor(component.getGenericType(), inProgress);
      if (writer == null) {
        return null;
      }
      try {
        properties.add(
            new Property(component.getName(), lookup.unreflect(component.getAccessor()), writer));
      } catch (IllegalAccessException e) {
        return null;
      }
    }
    inProgress.remove(type);
    properties.sort(orderOf(type));
    return new RecordShape(List.copyOf(properties));
  }

  private static Comparator<Property> orderOf(Class<?> type) {
    JsonbPropertyOrder order = type.getAnnotation(JsonbPropertyOrder.class);
    List<String> first = order == null ? List.of() : Arrays.asList(order.value());
    return Comparator.<Property>comparingInt(
            p -> first.contains(p.name()) ? first.indexOf(p.name()) : first.size())
        .thenComparing(Property::name);
  }

  private static boolean hasJsonbAnnotation(RecordComponent component) {
    return Arrays.stream(component.getAnnotations())
        .anyMatch(a -> a.annotationType().getPackageName().startsWith("jakarta.json.bind"));
  }

  /** JSON-B also reads public {@code getX()} and {@code isX()} methods as properties. */
  private static boolean hasOtherProperties(Class<?> type) {
    for (Annotation annotation : type.getAnnotations()) {
      if (annotation.annotationType().getPackageName().startsWith("jakarta.json.bind")
          && !(annotation instanceof JsonbPropertyOrder)) {
        return true;
      }
    }
    for (Method method : type.getMethods()) {
      String name = method.getName();
      boolean getter =
          method.getParameterCount() == 0
              && !Modifier.isStatic(method.getModifiers())
              && method.getDeclaringClass() != Object.class
              && method.getDeclaringClass() != Record.class
              && ((name.startsWith("get") && name.length() > 3)
                  || (name.startsWith("is") && name.length() > 2));
      if (getter) {
        return true;
      }
    }
    return false;
  }

  private static ValueWriter writerFor(Type type, Set<Class<?>> inProgress) {
    if (type instanceof Class<?> plain) {
      return writerForClass(plain, inProgress);
    }
    if (type instanceof ParameterizedType parameterized
        && parameterized.getRawType() instanceof Class<?> raw) {
      Type[] arguments = parameterized.getActualTypeArguments();
      if (Collection.class.isAssignableFrom(raw) && raw.isInterface()) {
        ValueWriter element = writerFor(arguments[0], inProgress);
        return element == null ? null : collectionWriter(element);
      }
      if (Map.class.isAssignableFrom(raw) && raw.isInterface() && arguments[0] == String.class) {
        ValueWriter value = writerFor(arguments[1], inProgress);
        return value == null ? null : mapWriter(value);
      }
    }
    return null;
  }

  private static ValueWriter writerForClass(Class<?> type, Set<Class<?>> inProgress) {
    if (type == String.class || type == URI.class || type == UUID.class) {
      return (json, value) -> json.write(value.toString());
    }
    if (type == boolean.class || type == Boolean.class) {
      return (json, value) -> json.write((Boolean) value);
    }
    if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
      return (json, value) -> json.write(((Number) value).intValue());
    }
    if (type == long.class || type == Long.class) {
      return (json, value) -> json.write((Long) value);
    }
    if (type == BigDecimal.class) {
      return (json, value) -> json.write((BigDecimal) value);
    }
    if (type == BigInteger.class) {
      return (json, value) -> json.write((BigInteger) value);
    }
    if (type == Instant.class) {
      return (json, value) ->
          json.write(INSTANT.format(((Instant) value).atOffset(ZoneOffset.UTC)));
    }
    if (type == LocalDate.class) {
      return (json, value) -> json.write(DATE.format((LocalDate) value));
    }
    if (type == LocalDateTime.class) {
      return (json, value) -> json.write(DATE_TIME.format((LocalDateTime) value));
    }
    if (type.isRecord()) {
      if (inProgress.contains(type)) {
        return null;
      }
      RecordShape nested = build(type, inProgress);
      return nested == null ? null : nested::write;
    }
    return null;
  }

  private static ValueWriter collectionWriter(ValueWriter element) {
    return (json, value) -> {
      json.writeStartArray();
      for (Object item : (Collection<?>) value) {
        if (item == null) {
          json.writeNull();
        } else {
          element.write(json, item);
        }
      }
      json.writeEnd();
    };
  }

  private static ValueWriter mapWriter(ValueWriter valueWriter) {
    return (json, value) -> {
      json.writeStartObject();
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        json.writeKey(String.valueOf(entry.getKey()));
        if (entry.getValue() == null) {
          json.writeNull();
        } else {
          valueWriter.write(json, entry.getValue());
        }
      }
      json.writeEnd();
    };
  }
}
