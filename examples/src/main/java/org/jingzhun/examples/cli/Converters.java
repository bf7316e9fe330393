package org.jingzhun.examples.cli;

import java.time.LocalDate;
import org.jingzhun.core.region.RegionCode;
import org.jingzhun.core.time.IsoDate;
import org.jingzhun.core.validation.ValidationException;
import org.jingzhun.core.validation.Violation;
import picocli.CommandLine;
import picocli.CommandLine.TypeConversionException;

/** Reads option values of Jingzhun types, with the library's messages on bad values. */
final class Converters {
  private Converters() {}

  static void register(CommandLine commandLine) {
    commandLine.registerConverter(RegionCode.class, Converters::region);
    commandLine.registerConverter(LocalDate.class, Converters::date);
  }

  static RegionCode region(String text) {
    try {
      return RegionCode.of(text);
    } catch (ValidationException e) {
      throw new TypeConversionException("'" + Violation.shown(text) + "' " + e.violations().get(0).message());
    }
  }

  static LocalDate date(String text) {
    try {
      return IsoDate.parse(text);
    } catch (ValidationException e) {
      throw new TypeConversionException("'" + Violation.shown(text) + "' " + e.violations().get(0).message());
    }
  }
}
