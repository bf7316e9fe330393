package org.jingzhun.examples.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jingzhun.core.validation.InputLimits;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * How a command reads its input: {@code --encoding} (UTF-8 unless said; {@code GB18030}, which
 * covers GBK, for agency exports) and {@code --max-input} (the largest input read, 64 MiB unless
 * said), so that a wrong file or an endless stream is refused instead of exhausting memory.
 */
final class InputOptions {
  /** The largest {@code --max-input} a whole-document command accepts: what one array can hold. */
  static final long MOST = 1L << 30;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = CharsetConverter.class,
      description = "the input's encoding: UTF-8 (default; a byte-order mark is allowed) or GB18030 (covers GBK)")
  Charset encoding = StandardCharsets.UTF_8;

  @Option(names = "--max-input", paramLabel = "SIZE", defaultValue = "64MiB", converter = SizeConverter.class,
      description = "the largest input read, e.g. 64MiB (default), 200MB, 1GiB")
  long maxInput = InputLimits.DEFAULT_MAX_INPUT_BYTES;

  /** Reads {@code --encoding}: any encoding Java knows, by name or alias. */
  static final class CharsetConverter implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String name) {
      try {
        return Charset.forName(name.strip());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("'" + name + "' is not an encoding; use UTF-8 or GB18030");
      }
    }
  }

  /** Reads {@code --max-input}: bytes, or a number with KB/MB/GB (powers of 1000) or KiB/MiB/GiB. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(?:([kmg])(i?)b?)?");

    @Override
    public Long convert(String text) {
      Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + text + "' is not a size such as 64MiB, 200MB or 1000000");
      }
      long unit = m.group(2) == null ? 1 : (long) Math.pow(m.group(3).isEmpty() ? 1000 : 1024, "kmg".indexOf(m.group(2)) + 1);
      long size = Long.parseLong(m.group(1)) * unit;
      if (size < 1 || size > MOST) {
        throw new TypeConversionException("'" + text + "' is not a size from 1 byte to 1GiB");
      }
      return size;
    }
  }
}
