package org.jingzhun.web.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * JSON 输出 — writes the API's own JSON (problems, lists, the OpenAPI document) with a plain
 * streaming generator. Values of the library's types are written by the library
 * ({@code JingzhunJson.write}) and embedded as they are, so money, dates and rates read the same
 * as on the command line.
 */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private Json() {}

  /** Writes the members of one JSON object. */
  @FunctionalInterface
  public interface Members {
    /**
     * Writes members into the open object.
     *
     * @param g the generator, inside the object
     * @throws IOException never in practice (the output is in memory)
     */
    void write(JsonGenerator g) throws IOException;
  }

  /**
   * {@return one JSON object whose members {@code members} writes, in UTF-8}
   *
   * @param members writes the members
   */
  public static byte[] bytes(Members members) {
    return value(g -> {
      g.writeStartObject();
      members.write(g);
      g.writeEndObject();
    });
  }

  /**
   * {@return the JSON value that {@code value} writes (from its first token), in UTF-8}
   *
   * @param value writes one whole value
   */
  public static byte[] value(Members value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      value.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
