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
 * covers GBK, for agency exports) and {@code --max-input} (the largest input read: 64 MiB for a
 * JSON document, which is read whole; 1 GiB for a register, which is streamed), so that a wrong
 * file or an endless stream is refused instead of exhausting memory or disk.
 */
final class InputOptions {
  /** The largest {@code --max-input} of a whole document: what one array can hold. */
  static final long MOST_FOR_DOCUMENTS = 1L << 30;
  /** The default limit of a streamed input (its output is held in a temporary file until the end). */
  static final long DEFAULT_FOR_STREAMS = 1L << 30;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8", converter = CharsetConverter.class,
      description = "the input's encoding: UTF-8 (default; a byte-order mark is allowed) or GB18030 (covers GBK)")
  Charset encoding = StandardCharsets.UTF_8;

  @Option(names = "--max-input", paramLabel = "SIZE", converter = SizeConverter.class,
      description = "the largest input read, e.g. 200MB or 2GiB; default 64MiB for JSON (at most 1GiB), 1GiB for a register")
  Long maxInput;

  /**
   * The limit of a JSON document, which is read whole.
   *
   * @throws UserMistake if {@code --max-input} is above {@link #MOST_FOR_DOCUMENTS}
   */
  long forDocument() {
    if (maxInput != null && maxInput > MOST_FOR_DOCUMENTS) {
      throw new UserMistake("--max-input is at most 1GiB for a JSON document, which is read whole");
    }
    return maxInput == null ? InputLimits.DEFAULT_MAX_INPUT_BYTES : maxInput;
  }

  /** The limit of an input read as a stream. */
  long forStream() {
    return maxInput == null ? DEFAULT_FOR_STREAMS : maxInput;
  }

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

  /** The largest size {@code --max-input} takes. */
  private static final long MOST = 1L << 40;

  /** Reads {@code --max-input}: bytes, or a number with KB/MB/GB/TB (powers of 1000) or KiB/MiB/GiB/TiB. */
  static final class SizeConverter implements ITypeConverter<Long> {
    private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*(?:([kmgt])(i?)b?)?");

    @Override
    public Long convert(String text) {
      Matcher m = SIZE.matcher(text.strip().toLowerCase(Locale.ROOT));
      if (!m.matches()) {
        throw new TypeConversionException("'" + text + "' is not a size such as 64MiB, 200MB or 1000000");
      }
      long unit = m.group(2) == null ? 1 : (long) Math.pow(m.group(3).isEmpty() ? 1000 : 1024, "kmgt".indexOf(m.group(2)) + 1);
      long size = Long.parseLong(m.group(1)) * unit;
      if (size < 1 || size > MOST) {
        throw new TypeConversionException("'" + text + "' is not a size from 1 byte to 1TiB");
      }
      return size;
    }
  }
}
