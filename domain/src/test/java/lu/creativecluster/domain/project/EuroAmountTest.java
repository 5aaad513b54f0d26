package lu.creativecluster.domain.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EuroAmountTest {

  @Test
  void amounts_keepTwoDecimals_whateverScaleTheyCameWith() {
    assertEquals("12500.00", EuroAmount.parse("12500").toString());
    assertEquals("12500.50", EuroAmount.parse("12500.5").toString());
    assertEquals(2, new EuroAmount(new BigDecimal("7")).value().scale());
    // Trailing zeros beyond the cent are not extra precision.
    assertEquals("3.10", new EuroAmount(new BigDecimal("3.1000")).toString());
  }

  @Test
  void summingTenCents_tenTimes_isExactlyOneEuro() {
    EuroAmount tenCents = EuroAmount.parse("0.10");
    EuroAmount sum =
        Stream.generate(() -> tenCents).limit(10).reduce(EuroAmount.ZERO, EuroAmount::plus);

    assertEquals(EuroAmount.parse("1.00"), sum);
    assertEquals(new BigDecimal("1.00"), sum.value());
  }

  @Test
  void volumesOfSeveralProjects_addUpToTheCent() {
    EuroAmount total =
        EuroAmount.parse("48000.50")
            .plus(EuroAmount.parse("1999.99"))
            .plus(EuroAmount.parse("0.01"));

    assertEquals("50000.50", total.toString());
  }

  @Test
  void equalAmounts_areEqual_whateverTheirInputScale() {
    assertEquals(new EuroAmount(new BigDecimal("5")), new EuroAmount(new BigDecimal("5.00")));
    assertEquals(0, EuroAmount.parse("5").compareTo(EuroAmount.parse("5.0")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"12.345", "0.001", "-1", "-0.01", "1e3", "1,5", "12 500", "", "abc", "1.", ".5"})
  void inexactNegativeOrMalformedAmounts_areRefused(String text) {
    assertThrows(IllegalArgumentException.class, () -> EuroAmount.parse(text));
  }

  @Test
  void bigDecimalsWithMoreThanTwoDecimals_orNegative_areRefused() {
    assertThrows(IllegalArgumentException.class, () -> new EuroAmount(new BigDecimal("0.005")));
    assertThrows(IllegalArgumentException.class, () -> new EuroAmount(new BigDecimal("-3.00")));
  }

  @Test
  void amountsBeyondTheStoredRange_areRefused() {
    assertEquals("999999999999.99", EuroAmount.parse("999999999999.99").toString());
    assertThrows(
        IllegalArgumentException.class, () -> new EuroAmount(new BigDecimal("1000000000000")));
    assertThrows(
        IllegalArgumentException.class,
        () -> EuroAmount.parse("999999999999.99").plus(EuroAmount.parse("0.01")));
  }
}
